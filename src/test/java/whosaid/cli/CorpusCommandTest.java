package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path dir = tmp.resolve("corpus");
        Files.createDirectories(dir.resolve("Lenin"));
        Files.createDirectories(dir.resolve("narrator"));
        Files.writeString(dir.resolve("Lenin/a.txt"), "One sentence.\n");
        Files.writeString(dir.resolve("narrator/b.txt"), "Another.\n");
        return dir;
    }

    @Test
    void aFolderAsListedPassesWithStatusZero() throws IOException {
        Path dir = corpus();
        Path list = tmp.resolve("list.csv");
        CliRun listed = CliRun.of("corpus", "list", dir.toString(), "-o", list.toString());
        assertEquals(0, listed.exit(), listed.err());
        assertEquals(3, Files.readAllLines(list).size());
        CliRun run = CliRun.of("corpus", "verify", dir.toString(), "--list", list.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 works, 23 bytes, every SHA-256 equal"), run.out());
    }

    @Test
    void aChangedFolderListsWhatDiffersAndExitsTwoWithOneSummaryLine() throws IOException {
        Path dir = corpus();
        Path list = tmp.resolve("list.csv");
        assertEquals(0, CliRun.of("corpus", "list", dir.toString(), "-o", list.toString()).exit());
        Files.writeString(dir.resolve("Lenin/a.txt"), "One sentence!\n");
        Files.delete(dir.resolve("narrator/b.txt"));
        CliRun run = CliRun.of("corpus", "verify", dir.toString(), "--list", list.toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("missing    narrator/b.txt (9 bytes)",
                "different  Lenin/a.txt (14 bytes as recorded, other bytes)"), run.out().lines().toList());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("1 missing, 0 extra, 1 different, 0 as recorded"), run.err());
        assertTrue(run.err().contains("not comparable with the model card's"), run.err());
    }

    @Test
    void aMissingFolderPointsToTheRebuild() {
        CliRun run = CliRun.of("corpus", "verify", tmp.resolve("none").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("rebuild_corpus.py") && run.err().contains("data/CORPUS.md"), run.err());
    }

    @Test
    void trainingAndBenchmarkingOnAMissingCorpusPointToWhereToGetIt() {
        String missing = tmp.resolve("no-corpus").toString();
        for (CliRun run : List.of(CliRun.of("train", "--corpus", missing, "-o", tmp.resolve("m.model").toString()),
                CliRun.of("bench", "--generate", "1", "--corpus", missing))) {
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains(missing) && run.err().contains("scripts/rebuild_corpus.py")
                    && run.err().contains("data/CORPUS.md"), run.err());
        }
        assertTrue(java.nio.file.Files.notExists(tmp.resolve("m.model")));
    }

    @Test
    void theRecordedListIsTheProjectsOwn() throws IOException {
        // the list kept in the repository is well formed and names the four voices' folders
        var manifest = whosaid.corpus.CorpusManifest.read(Path.of("data/corpus-manifest.csv"));
        assertEquals(List.of("Lenin", "Stalin", "Trotsky", "narrator"), manifest.files().stream()
                .map(whosaid.corpus.CorpusFile::voice).distinct().toList());
    }
}
