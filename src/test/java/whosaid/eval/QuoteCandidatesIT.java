package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import whosaid.ReferenceCorpus;

/** The script that chose the quotation gold's spans still chooses the committed offsets, from the corpus as set. */
class QuoteCandidatesIT {
    private static final Path SCRIPT = Path.of("scripts/quote_candidates.py");

    private static Process run(Path corpus, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("python3", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("WHOSAID_CORPUS", corpus.toString());
        try {
            return pb.start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED QuoteCandidatesIT: no python3 (" + e.getMessage() + ")");
            throw e;
        }
    }

    private static String output(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void theMarksOnlySampleIsReproducedFromTheCorpusNamedByTheEnvironment() throws Exception {
        Process p = run(ReferenceCorpus.require("QuoteCandidatesIT"), "--mode", "marks", "--check");
        String out = output(p);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("reproduced (" + (Files.readAllLines(Path.of("data/quotes/marks_sample.csv")).size()
                - 1) + " spans)");
    }

    @Test
    void theGoldModeChoosesTheCommittedCandidates() throws Exception {
        Process p = run(ReferenceCorpus.require("QuoteCandidatesIT"));
        String out = output(p);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).isEqualTo(Files.readAllLines(Path.of("data/quotes/gold_candidates.tsv")));
    }

    @Test
    void noCorpusIsAClearErrorNotAFixedPath() throws Exception {
        Path missing = Files.createTempDirectory("no-corpus").resolve("absent");
        Process p = run(missing, "--mode", "marks");
        String out = output(p);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out.strip()).isEqualTo("quote_candidates.py: no corpus at " + missing
                + " (give --corpus DIR or set WHOSAID_CORPUS)");
    }
}
