package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV's passage path means the file beside the CSV first; another file of that name from here is said. */
class PassageTextTest {
    @TempDir
    Path dir;

    @Test
    void theCsvsFolderComesFirstAndAnotherFileFromTheCurrentFolderIsSaid() throws IOException {
        // a relative passage path that exists both beside the CSV and from the current folder (the project's)
        String passage = "data/passages/seed.txt";
        Path beside = dir.resolve(passage);
        Files.createDirectories(beside.getParent());
        Files.writeString(beside, "Another text.");
        Path csv = Files.writeString(dir.resolve("g.csv"), "passage,unit\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path found = PassageText.find(passage, csv, Fallback.warn(new PrintStream(log, true, StandardCharsets.UTF_8)));
        assertThat(found).isEqualTo(beside);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("passage " + passage + " is read from " + beside,
                "(the current folder)");
        assertThatThrownBy(() -> PassageText.find(passage, csv, Fallback.of(System.err, true)))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("(--strict makes this an error)");
    }

    @Test
    void oneFileIsFoundQuietlyWhereverItIs() throws IOException {
        Path csv = Files.writeString(dir.resolve("g.csv"), "passage,unit\n");
        Path text = Files.writeString(dir.resolve("only-here.txt"), "Text.");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Fallback fallback = Fallback.warn(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(PassageText.find("only-here.txt", csv, fallback)).isEqualTo(text);
        assertThat(PassageText.find("data/passages/seed.txt", csv, fallback)).isEqualTo(Path.of("data/passages/seed.txt"));
        assertThat(PassageText.find("nowhere.txt", csv, fallback)).isNull();
        assertThat(log.size()).isZero();
    }
}
