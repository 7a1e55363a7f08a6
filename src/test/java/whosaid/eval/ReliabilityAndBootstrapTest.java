package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityAndBootstrapTest {
    @Test
    void expectedCalibrationErrorIsTheUnitWeightedGapBetweenConfidenceAndAccuracy() {
        Reliability r = new Reliability();
        // bin 0.3-0.4: confidence 0.35, right 1 of 2 (gap 0.15); bin 0.9-1.0: confidence 0.95, right 2 of 2 (gap 0.05)
        r.add(0.35, true);
        r.add(0.35, false);
        r.add(0.95, true);
        r.add(0.95, true);
        assertThat(r.expectedCalibrationError()).isCloseTo(0.5 * 0.15 + 0.5 * 0.05, within(1e-12));
        assertThat(r.bins().get(3).units()).isEqualTo(2);
        assertThat(r.bins().get(3).accuracy()).isEqualTo(0.5);
        assertThat(r.bins().get(9).meanConfidence()).isCloseTo(0.95, within(1e-12));
        assertThat(new Reliability().expectedCalibrationError()).isNaN();
    }

    private static List<Prediction> predictions(int groups, double rightShare) {
        List<Prediction> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int u = 0; u < 20; u++) {
                boolean right = (g * 20 + u) % 100 < rightShare * 100;
                String gold = u % 2 == 0 ? "A" : "B";
                out.add(new Prediction("work" + g, u, gold, right ? gold : gold.equals("A") ? "B" : "A", 0.5, true, ""));
            }
        }
        return out;
    }

    @Test
    void intervalsResampleGroupsAndHoldThePointEstimate() {
        List<Prediction> p = predictions(10, 0.7);
        Bootstrap.Intervals ci = Bootstrap.of(p, List.of("A", "B"));
        ConfusionMatrix m = Figures.of(p, List.of("A", "B"), false).confusion();
        assertThat(ci.groups()).isEqualTo(10);
        assertThat(ci.accuracy().low()).isLessThanOrEqualTo(m.accuracy());
        assertThat(ci.accuracy().high()).isGreaterThanOrEqualTo(m.accuracy());
        assertThat(ci.macroF1().low()).isLessThanOrEqualTo(ci.macroF1().high());
        assertThat(Bootstrap.of(p, List.of("A", "B"))).isEqualTo(ci); // fixed seed: the same intervals every run
    }

    @Test
    void oneGroupHasNoInterval() {
        assertThat(Bootstrap.of(predictions(1, 0.7), List.of("A", "B")).defined()).isFalse();
    }

    @Test
    void quotationSpansAreResampledBySource() {
        assertThat(Bootstrap.group(new Prediction("corpus:Stalin/x.txt@10-20", 0, "A", "A", 1, true, "")))
                .isEqualTo("corpus:Stalin/x.txt");
    }
}
