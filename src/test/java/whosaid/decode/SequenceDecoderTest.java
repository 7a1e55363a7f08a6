package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceDecoderTest {
    /** Two voices that mostly keep going: a unit of one stays with it nine times in ten. */
    private static final TransitionMatrix STICKY = new TransitionMatrix(new double[] {0.5, 0.5},
            new double[][] {{0.9, 0.1}, {0.1, 0.9}}, 1);

    @Test
    void viterbiOverridesAWeakDissentingUnitBetweenTwoConfidentOnes() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.9, 0.1}};
        // Path 0,0,0 scores .5*.9 * .9*.4 * .9*.9 = .13122; the per-unit best 0,1,0 only .5*.9 * .1*.6 * .1*.9 = .00243.
        assertThat(SequenceDecoder.decode(emissions, STICKY).path()).containsExactly(0, 0, 0);
    }

    @Test
    void viterbiFollowsAStrongSwitch() {
        double[][] emissions = {{0.9, 0.1}, {0.02, 0.98}, {0.02, 0.98}};
        assertThat(SequenceDecoder.decode(emissions, STICKY).path()).containsExactly(0, 1, 1);
    }

    @Test
    void marginalsAreThePosteriorOfEachLabelOverAllPaths() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.3, 0.7}};
        double[][] marginals = SequenceDecoder.decode(emissions, STICKY).marginals();
        double[][] expected = bruteForceMarginals(emissions, STICKY);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(marginals[t][0]).isCloseTo(expected[t][0], within(1e-12));
            assertThat(marginals[t][1]).isCloseTo(expected[t][1], within(1e-12));
        }
    }

    @Test
    void marginalsSumToOneAtEveryUnitEvenOnLongPassages() {
        Random random = new Random(7);
        double[][] emissions = new double[5000][4];
        for (double[] row : emissions) {
            for (int y = 0; y < row.length; y++) {
                row[y] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
            }
        }
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions,
                TransitionMatrix.learn(java.util.List.of(new int[] {0, 0, 1, 2, 3, 3, 3}), 4, 0.5));
        assertThat(decoding.path()).hasSize(5000);
        for (double[] m : decoding.marginals()) {
            assertThat(m[0] + m[1] + m[2] + m[3]).isCloseTo(1, within(1e-9));
            for (double p : m) {
                assertThat(p).isBetween(0.0, 1.0).isNotNaN();
            }
        }
    }

    @Test
    void uniformTransitionsGiveEachUnitItsOwnArgmaxAndItsOwnPosteriors() {
        double[][] emissions = {{0.2, 0.5, 0.3}, {0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}, {0.3, 0.6, 0.1}};
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, TransitionMatrix.uniform(3));
        assertThat(decoding.path()).containsExactly(1, 0, 2, 1);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(decoding.marginals()[t]).containsExactly(emissions[t], within(1e-12));
        }
    }

    @Test
    void weightZeroLabelsEachUnitAloneWhateverTheTransitions() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.9, 0.1}};
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, STICKY.withWeight(0));
        assertThat(decoding.path()).containsExactly(0, 1, 0);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(decoding.marginals()[t]).containsExactly(emissions[t], within(1e-12));
        }
    }

    @Test
    void weightedMarginalsAreThoseOfTheTransitionsRaisedToTheWeight() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.3, 0.7}};
        double weight = 0.5;
        double stay = Math.sqrt(0.9) / (Math.sqrt(0.9) + Math.sqrt(0.1));
        TransitionMatrix powered = new TransitionMatrix(STICKY.initial(),
                new double[][] {{stay, 1 - stay}, {1 - stay, stay}}, 1);
        double[][] marginals = SequenceDecoder.decode(emissions, STICKY.withWeight(weight)).marginals();
        double[][] expected = bruteForceMarginals(emissions, powered);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(marginals[t]).containsExactly(expected[t], within(1e-12));
        }
    }

    @Test
    void anEmptyPassageDecodesToNothing() {
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(new double[0][], STICKY);
        assertThat(decoding.path()).isEmpty();
        assertThat(decoding.marginals()).isEmpty();
    }

    private static double[][] bruteForceMarginals(double[][] emissions, TransitionMatrix tm) {
        int n = emissions.length;
        double[][] sums = new double[n][2];
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] path = new int[n];
            for (int t = 0; t < n; t++) {
                path[t] = (mask >> t) & 1;
            }
            double p = tm.initial()[path[0]] * emissions[0][path[0]];
            for (int t = 1; t < n; t++) {
                p *= tm.next()[path[t - 1]][path[t]] * emissions[t][path[t]];
            }
            for (int t = 0; t < n; t++) {
                sums[t][path[t]] += p;
            }
        }
        for (double[] row : sums) {
            double total = row[0] + row[1];
            row[0] /= total;
            row[1] /= total;
        }
        return sums;
    }
}
