package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    /** Gold A predicted A 4 times, A as B once, B as A twice, B as B 3 times. */
    private static ConfusionMatrix example() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("A", "B"));
        add(m, "A", "A", 4);
        add(m, "A", "B", 1);
        add(m, "B", "A", 2);
        add(m, "B", "B", 3);
        return m;
    }

    private static void add(ConfusionMatrix m, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, predicted);
        }
    }

    @Test
    void figuresMatchTheHandComputedOnes() {
        ConfusionMatrix m = example();
        assertThat(m.total()).isEqualTo(10);
        assertThat(m.accuracy()).isCloseTo(0.7, within(1e-12));
        assertThat(m.precision("A")).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(m.recall("A")).isCloseTo(0.8, within(1e-12));
        assertThat(m.f1("A")).isCloseTo(8 / 11.0, within(1e-12));
        assertThat(m.precision("B")).isCloseTo(0.75, within(1e-12));
        assertThat(m.recall("B")).isCloseTo(0.6, within(1e-12));
        assertThat(m.f1("B")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.macroF1()).isCloseTo((8 / 11.0 + 2 / 3.0) / 2, within(1e-12));
        assertThat(m.microF1()).isCloseTo(0.7, within(1e-12));
        // chance agreement 0.5*0.6 + 0.5*0.4 = 0.5, so kappa = (0.7 - 0.5) / 0.5
        assertThat(m.kappa()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void aLabelAbsentFromGoldAndPredictionsDoesNotLowerMacroF1() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("A", "B", "C"));
        add(m, "A", "A", 2);
        add(m, "B", "B", 2);
        assertThat(m.macroF1()).isEqualTo(1.0);
        assertThat(m.f1("C")).isZero();
    }

    @Test
    void anUnknownLabelIsRefused() {
        assertThatThrownBy(() -> example().add("A", "Z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z");
    }
}
