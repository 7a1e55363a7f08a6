package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.model.ModelFile;

/** {@code whosaid bench} end to end on a few small files and a tiny model. */
class BenchCommandTest {
    @TempDir
    static Path dir;
    private static Path model;
    private static Path inputs;

    @BeforeAll
    static void setUp() throws IOException {
        model = dir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
        inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "Lenin wrote about the state. The congress met in London.\n\n"
                + "Trotsky writes: \"I remember the winter evenings.\"");
        Files.writeString(inputs.resolve("b.txt"), "Dialectics holds that nature is not an accidental agglomeration.");
    }

    @Test
    void reportsTheThreeModesAtOneAndTwoThreadsWithTheirRatios() {
        CliRun run = CliRun.of("bench", "--model", model.toString(), "--threads", "2", "--repeat", "1",
                inputs.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("input: 2 files").contains("model loaded in")
                .contains("2 threads vs 1: a ");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+[12]  [abc]\\) .*"))).hasSize(6);
        assertThat(run.out().lines().filter(l -> l.matches("\\s+1  a\\) sentences .* 1\\.000 .*"))).hasSize(1);
        assertThat(run.err()).contains("c) 2 thread(s), run 1/1");
    }

    @Test
    void refusesNonsenseCounts() {
        CliRun run = CliRun.of("bench", "--model", model.toString(), "--repeat", "0", inputs.toString());

        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("whosaid: --repeat must be at least 1, not 0");
    }
}
