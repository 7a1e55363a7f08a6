package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsNothingWhenNotOnATerminal() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (Progress.Task task = Progress.onTerminal().start("label", 2)) {
                task.step();
                task.step();
            }
        } finally {
            System.setErr(err);
        }

        assertThat(System.console()).as("tests run without a terminal").isNull();
        assertThat(captured.size()).isZero();
    }

    @Test
    void onATerminalDrawsAnAsciiBarWithTheTaskAndItsCount() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (Progress.Task task = new TerminalProgress(new PrintStream(drawn, true, StandardCharsets.UTF_8))
                .start("label", 4)) {
            for (int i = 0; i < 4; i++) {
                task.step();
            }
        }

        String bar = drawn.toString(StandardCharsets.UTF_8);
        assertThat(bar).contains("label").contains("100%").contains("4/4").contains("=");
        assertThat(bar.chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
    }
}
