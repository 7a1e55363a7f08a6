package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ProbabilityFormatTest {
    @Property(tries = 5000)
    void writesProbabilitiesExactlyAsPercentFourFDoes(@ForAll @DoubleRange(min = 0, max = 1) double p) {
        assertThat(LabelWriter.probability(p)).isEqualTo(String.format(Locale.ROOT, "%.4f", p));
    }

    @Property(tries = 2000)
    void andAnyOtherNumber(@ForAll double x) {
        assertThat(LabelWriter.probability(x)).isEqualTo(String.format(Locale.ROOT, "%.4f", x));
    }

    @Property(tries = 3000)
    void andNumbersAtAHairFromATie(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20_000) int k,
                                   @ForAll @net.jqwik.api.constraints.IntRange(min = -4, max = 4) int ulps) {
        double x = (k + 0.5) / 10_000;
        for (int u = 0; u < Math.abs(ulps); u++) {
            x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
        }
        assertThat(LabelWriter.probability(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.4f", x));
    }

    @Test
    void roundsHalfUpOnTheShortestDigitsAndKeepsEdgeCases() {
        for (double x : new double[] {0.00005, 0.00015, 0.99995, 0.12345, 1e-300, Double.MIN_VALUE, 0.0, -0.0, 1.0,
                Double.NaN, Double.POSITIVE_INFINITY, -1.23456, 0.1 + 0.2}) {
            assertThat(LabelWriter.probability(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.4f", x));
        }
        assertThat(LabelWriter.probability(0.00005)).isEqualTo("0.0001");
    }
}
