package whosaid;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the corpus-scale tests find the reference corpus: {@code -Dwhosaid.corpus=DIR}, else the environment
 * variable {@code WHOSAID_CORPUS}, else {@code ../shared/corpus}. A clone with no corpus beside it skips those tests
 * with one line saying so; CI sets {@code -Dwhosaid.corpus.required=true}, which makes a missing corpus a failure.
 */
public final class ReferenceCorpus {
    private ReferenceCorpus() {
    }

    public static Path require(String test) {
        String property = System.getProperty("whosaid.corpus", "");
        String env = System.getenv("WHOSAID_CORPUS");
        Path dir = Path.of(!property.isBlank() ? property : env != null && !env.isBlank() ? env : "../shared/corpus");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        String message = "SKIPPED " + test + ": no reference corpus at " + dir.toAbsolutePath().normalize()
                + " (set WHOSAID_CORPUS=DIR or -Dwhosaid.corpus=DIR to run it; data/CORPUS.md says how to get the corpus)";
        if (Boolean.getBoolean("whosaid.corpus.required")) {
            Assertions.fail(message.replace("SKIPPED", "FAILED") + "; -Dwhosaid.corpus.required=true");
        }
        System.err.println(message);
        Assumptions.abort(message);
        return dir;
    }
}
