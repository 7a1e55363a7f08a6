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

/** Which files a run reads: passage files of a folder in any case, and missing files under --on-error skip. */
class LabelInputsTest {
    private static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void tinyModel(@TempDir Path modelDir) throws IOException {
        model = modelDir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    @Test
    void aFolderGivesItsTxtFilesWhateverTheirCase() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The state is a machine.");
        Files.writeString(dir.resolve("c.TXT"), "He was born in 1879.");
        Files.writeString(dir.resolve("d.Txt"), "The congress met in London.");
        Files.writeString(dir.resolve("notes.md"), "Not a passage.");
        CliRun run = CliRun.of("label", "--model", model.toString(), dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.out()).contains(dir.resolve("a.txt") + ",0,", dir.resolve("c.TXT") + ",0,",
                dir.resolve("d.Txt") + ",0,").doesNotContain("notes.md");
    }

    @Test
    void aMissingFileIsSkippedUnderSkipAndStopsTheRunOtherwise() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "The state is a machine.");
        Path missing = dir.resolve("missing.txt");
        CliRun skip = CliRun.of("label", "--model", model.toString(), "--on-error", "skip", missing.toString(),
                a.toString());
        assertThat(skip.exit()).isEqualTo(Main.SKIPPED);
        assertThat(skip.err()).contains("whosaid: skipped " + missing + ": no such file or directory");
        assertThat(skip.out()).contains(a + ",0,").doesNotContain("missing.txt");

        CliRun fail = CliRun.of("label", "--model", model.toString(), a.toString(), missing.toString());
        assertThat(fail.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(fail.errLines()).containsExactly("whosaid: " + missing + ": no such file or directory");
        assertThat(fail.out()).isEmpty();
    }
}
