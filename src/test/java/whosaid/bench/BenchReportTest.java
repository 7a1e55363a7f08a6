package whosaid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final long MB_20 = 20_000_000;
    private final Machine machine = new Machine(2, "Test CPU", "Java 17", 0.25);

    private static Measurement m(Mode mode, int threads, double seconds) {
        return new Measurement(mode, threads, MB_20, 1000, List.of(seconds), seconds * threads * 0.9);
    }

    private final BenchReport report = new BenchReport(machine, "3 files, 20.0 MB", 0.42, List.of(
            m(Mode.SENTENCES, 1, 2), m(Mode.LABEL_ALONE, 1, 4), m(Mode.LABEL, 1, 5),
            m(Mode.SENTENCES, 2, 1), m(Mode.LABEL_ALONE, 2, 2.5), m(Mode.LABEL, 2, 2.5)));

    @Test
    void ratiosCompareLabelingWithSentenceDetectionAtTheSameThreadCount() {
        assertThat(report.ratio(Mode.LABEL_ALONE, 1)).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.5, within(1e-12)));
        assertThat(report.ratio(Mode.LABEL, 1)).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.4, within(1e-12)));
        assertThat(report.ratio(Mode.LABEL, 2)).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.4, within(1e-12)));
        assertThat(report.ratio(Mode.SENTENCES, 2)).hasValue(1.0);
        assertThat(report.ratio(Mode.LABEL, 4)).isEmpty();
    }

    @Test
    void scalingComparesEachModeWithItselfAtOneThread() {
        assertThat(report.scaling(Mode.SENTENCES, 2)).hasValueSatisfying(s -> assertThat(s).isCloseTo(2.0, within(1e-12)));
        assertThat(report.scaling(Mode.LABEL, 2)).hasValueSatisfying(s -> assertThat(s).isCloseTo(2.0, within(1e-12)));
        assertThat(report.scaling(Mode.LABEL_ALONE, 2)).hasValueSatisfying(s -> assertThat(s).isCloseTo(1.6, within(1e-12)));
    }

    @Test
    void rendersTheMachineTheFiguresAndTheRatios() {
        String text = report.render();

        assertThat(text).contains("2 cores, Test CPU; Java 17; load average 0.25 at start")
                .contains("input: 3 files, 20.0 MB")
                .contains("model loaded in 0.42 s")
                .contains("median of 1 repetition(s)")
                .contains("2 threads vs 1: a 2.00x, b 1.60x, c 2.00x");
        assertThat(text.lines().filter(l -> l.contains("c) label")).toList()).containsExactly(
                "      1  c) label (with decoding)          4.00         200    0.400    0.90",
                "      2  c) label (with decoding)          8.00         400    0.400    1.80");
    }

    @Test
    void saysWhenTheLoadIsUnknownAndLeavesOutScalingForOneThread() {
        BenchReport single = new BenchReport(new Machine(1, "x", "y", -1), "in", 1, List.of(m(Mode.LABEL, 1, 1)));

        assertThat(single.render()).contains("load average unknown").doesNotContain("threads vs 1");
    }
}
