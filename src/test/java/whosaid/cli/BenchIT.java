package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.model.ModelFile;

/** {@code whosaid bench} generating its corpus from the seed passage and the reference corpus, as documented. */
class BenchIT {
    @TempDir
    Path dir;

    @Test
    void generatesAMegabyteFromTheSeedAndTheCorpusLabelsItAndDeletesIt() throws IOException {
        Path model = dir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
        String corpus = whosaid.ReferenceCorpus.require("BenchIT").toString();
        List<Path> before = benchFolders();

        CliRun run = CliRun.of("bench", "--model", model.toString(), "--threads", "1", "--repeat", "1",
                "--generate", "1", "--corpus", corpus);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("input: \\d+ files, 1\\.0 MB, generated from data/passages/seed.txt and ")
                .contains("c) label (with decoding)").doesNotContain("threads vs 1");
        assertThat(benchFolders()).as("the generated corpus is deleted").isEqualTo(before);
    }

    private static List<Path> benchFolders() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("whosaid-bench-")).sorted().toList();
        }
    }
}
