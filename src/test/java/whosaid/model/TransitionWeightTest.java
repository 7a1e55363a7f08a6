package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.decode.Calibration;
import whosaid.decode.TransitionMatrix;

class TransitionWeightTest {
    /** Two labels; each unit's posterior leans the right way with {@code right}, except at the noisy positions. */
    private static List<Calibration.HeldOut> sequence(int[] truth, double right, int... noisy) {
        List<Calibration.HeldOut> units = new ArrayList<>();
        for (int t = 0; t < truth.length; t++) {
            boolean wrong = false;
            for (int n : noisy) {
                wrong |= n == t;
            }
            double p = wrong ? 1 - right : right;
            double[] posteriors = truth[t] == 0 ? new double[] {p, 1 - p} : new double[] {1 - p, p};
            units.add(new Calibration.HeldOut(posteriors, -1, truth[t]));
        }
        return units;
    }

    @Test
    void longRunsWithOccasionalSlipsAreWorthSmoothing() {
        int[] truth = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        List<List<Calibration.HeldOut>> heldOut = List.of(sequence(truth, 0.6, 3, 11));
        TransitionMatrix runs = TransitionMatrix.learn(List.of(truth), 2, 1);

        double weight = TransitionWeight.fit(heldOut, Calibration.NONE, runs, 2);

        assertThat(weight).isGreaterThan(0);
    }

    @Test
    void shortQuotationsOfAnotherVoiceAreNotSmoothedAway() {
        // single units of label 1 inside label 0, each clearly recognised on its own
        int[] truth = {0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0};
        List<List<Calibration.HeldOut>> heldOut = List.of(sequence(truth, 0.7));
        TransitionMatrix runs = TransitionMatrix.learn(List.of(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}), 2, 1);

        assertThat(TransitionWeight.fit(heldOut, Calibration.NONE, runs, 2)).isZero();
    }
}
