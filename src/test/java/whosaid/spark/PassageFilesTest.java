package whosaid.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.io.BadInputException;

/** Listing the job's inputs and naming its passages, and the bad input behind a failed task: no Spark session. */
class PassageFilesTest {
    @TempDir
    Path dir;

    @Test
    void directoriesGiveTheirTxtFilesRecursivelyInSortedOrderAndGlobsTheirMatches() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        for (String name : List.of("in/b.txt", "in/a.txt", "in/sub/c.txt", "in/notes.md", "d.txt")) {
            Files.writeString(dir.resolve(name), "Text.");
        }
        List<String> files = PassageFiles.expand(List.of(dir.resolve("in").toString(), dir + "/*.txt"),
                new Configuration());
        assertThat(files.stream().map(PassageFiles::passageName)).containsExactly(
                dir.resolve("in/a.txt").toString(), dir.resolve("in/b.txt").toString(),
                dir.resolve("in/sub/c.txt").toString(), dir.resolve("d.txt").toString());
        assertThat(files).allMatch(f -> f.startsWith("file:"));
    }

    @Test
    void anInputThatMatchesNothingIsBadInputNamingIt() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> PassageFiles.expand(List.of(dir + "/missing"), new Configuration()))
                .isInstanceOf(BadInputException.class).hasMessage(dir + "/missing: no such file or directory");
        assertThatThrownBy(() -> PassageFiles.expand(List.of(dir + "/empty"), new Configuration()))
                .isInstanceOf(BadInputException.class).hasMessage(dir + "/empty: directory holds no .txt files");
    }

    @Test
    void onlyLocalFilesLoseTheirScheme() {
        assertThat(PassageFiles.passageName("file:/data/p1.txt")).isEqualTo("/data/p1.txt");
        assertThat(PassageFiles.passageName("hdfs://nn:8020/data/p1.txt")).isEqualTo("hdfs://nn:8020/data/p1.txt");
    }

    @Test
    void aFailedTaskGivesBackItsBadInputWhetherAsCauseOrAsText() {
        BadInputException bad = new BadInputException("/d/p.txt:2: not valid UTF-8 at byte offset 18");
        assertThat(TaskFailures.unwrap(new SparkException("Job aborted", bad))).hasMessage(bad.getMessage());
        assertThat(TaskFailures.unwrap(new SparkException("Job aborted due to stage failure: Lost task 1.0: "
                + "whosaid.io.BadInputException: /d/p.txt: binary file (NUL byte at offset 4), not text\nDriver ...")))
                .isInstanceOf(BadInputException.class).hasMessage("/d/p.txt: binary file (NUL byte at offset 4), not text");
        assertThat(TaskFailures.unwrap(new SparkException("lost executor"))).isInstanceOf(IllegalStateException.class);
    }
}
