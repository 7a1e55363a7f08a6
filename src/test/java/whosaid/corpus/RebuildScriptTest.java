package whosaid.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the cleaning-step tests of {@code scripts/rebuild_corpus.py} (Python's own unittest, offline, on inline
 * fixtures) as part of the build; skipped, with one line saying so, where there is no python3.
 */
class RebuildScriptTest {
    @Test
    void theRebuildScriptsCleaningStepsPassTheirTests() throws Exception {
        boolean python = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            python |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"));
        }
        if (!python) {
            String message = "SKIPPED RebuildScriptTest: no python3 on PATH";
            System.err.println(message);
            Assumptions.abort(message);
        }
        Process p = new ProcessBuilder("python3", "-B", "-m", "unittest", "-q", "test_rebuild_corpus")
                .directory(Path.of("scripts").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("OK"), out);
    }
}
