package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionMatrixTest {
    @Test
    void learnsHowLongEachVoiceRunsAndSpreadsLeavingEvenly() {
        // Label 0 stays 3 times and leaves once; label 1 stays once and leaves never; label 2 is never seen.
        TransitionMatrix tm = TransitionMatrix.learn(List.of(new int[] {0, 0, 0, 0, 1, 1}, new int[0]), 3, 1);
        assertThat(tm.next()[0]).containsExactly(new double[] {4.0 / 6, 1.0 / 6, 1.0 / 6}, within(1e-12));
        assertThat(tm.next()[1]).containsExactly(new double[] {1.0 / 6, 2.0 / 3, 1.0 / 6}, within(1e-12));
        assertThat(tm.next()[2]).containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-12));
        assertThat(tm.labels()).isEqualTo(3);
    }

    @Test
    void howCommonAVoiceWasInTrainingDoesNotMakeItOpenPassages() {
        TransitionMatrix tm = TransitionMatrix.learn(List.of(new int[] {2, 2, 2, 2, 2, 2, 0}), 3, 1);
        assertThat(tm.initial()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    }

    @Test
    void everyRowIsAProbabilityDistributionAndNoMoveIsImpossible() {
        TransitionMatrix tm = TransitionMatrix.learn(List.of(new int[] {2, 2, 2, 2, 0}, new int[] {1, 3, 1}), 4, 0.1);
        assertThat(sum(tm.initial())).isCloseTo(1, within(1e-12));
        for (double[] row : tm.next()) {
            assertThat(sum(row)).isCloseTo(1, within(1e-12));
            for (double p : row) {
                assertThat(p).isPositive();
            }
        }
        assertThat(tm.next()[2][2]).isGreaterThan(tm.next()[2][0]);
        assertThat(tm.next()[1][1]).isLessThan(tm.next()[1][3]);
    }

    @Test
    void learnedMatricesCountFullyUntilGivenAnotherWeight() {
        TransitionMatrix tm = TransitionMatrix.learn(List.of(new int[] {0, 0, 1}), 2, 1);
        assertThat(tm.weight()).isEqualTo(1);
        TransitionMatrix weighted = tm.withWeight(0.25);
        assertThat(weighted.weight()).isEqualTo(0.25);
        assertThat(weighted.next()).isDeepEqualTo(tm.next());
        assertThat(weighted.initial()).isEqualTo(tm.initial());
    }

    @Test
    void uniformIsFlat() {
        TransitionMatrix tm = TransitionMatrix.uniform(4);
        assertThat(tm.initial()).containsOnly(0.25);
        for (double[] row : tm.next()) {
            assertThat(row).containsOnly(0.25);
        }
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        return s;
    }
}
