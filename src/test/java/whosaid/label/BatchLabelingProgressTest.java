package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.label.LabelWriter;
import whosaid.io.Progress;

class BatchLabelingProgressTest {
    @TempDir
    Path dir;

    /** Remembers what it is told, as a terminal's bar would show it. */
    private static final class Recorder implements Progress {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized Task start(String name, long total) {
            events.add("start " + name + " " + total);
            return new Task() {
                @Override
                public void step() {
                    synchronized (Recorder.this) {
                        events.add("step");
                    }
                }

                @Override
                public void close() {
                    synchronized (Recorder.this) {
                        events.add("close");
                    }
                }
            };
        }
    }

    @Test
    void stepsOncePerInputLabeledOrSkippedAndClosesAtTheEnd() throws IOException {
        Path good = Files.writeString(dir.resolve("a.txt"), "Lenin wrote about the state. The congress met in London.");
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {'x', 0, 'y'});
        Path other = Files.writeString(dir.resolve("c.txt"), "I remember the winter evenings in the prison cell.");
        Recorder progress = new Recorder();
        BatchLabeling batch = new BatchLabeling(new Labeler(TestModels.tiny()), true, StandardCharsets.UTF_8,
                BatchLabeling.OnError.SKIP, 2, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), progress);

        BatchLabeling.Summary summary;
        try (LabelWriter writer = LabelWriter.of("csv", new StringWriter(), List.of("Lenin", "Stalin", "Trotsky",
                "narrator"))) {
            summary = batch.run(List.of(good.toString(), binary.toString(), other.toString()),
                    InputStream.nullInputStream(), writer);
        }

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(progress.events).containsExactly("start label 3", "step", "step", "step", "close");
    }
}
