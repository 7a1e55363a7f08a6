package whosaid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    @Test
    void reportsTheMedianOfAnOddNumberOfRuns() {
        Measurement m = new Measurement(Mode.LABEL, 1, 10_000_000, 50_000, List.of(4.0, 2.0, 100.0), 53);

        assertThat(m.medianSeconds()).isEqualTo(4.0);
        assertThat(m.megabytesPerSecond()).isCloseTo(2.5, within(1e-12));
        assertThat(m.unitsPerSecond()).isCloseTo(12_500, within(1e-9));
        assertThat(m.coresUsed()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void averagesTheMiddleTwoOfAnEvenNumberOfRuns() {
        Measurement m = new Measurement(Mode.SENTENCES, 2, 1_000_000, 10, List.of(3.0, 1.0, 2.0, 10.0), -1);

        assertThat(m.medianSeconds()).isEqualTo(2.5);
        assertThat(m.coresUsed()).as("unknown").isNegative();
    }

    @Test
    void needsATiming() {
        assertThatThrownBy(() -> new Measurement(Mode.LABEL, 1, 1, 1, List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
