package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceDecoderTest {
    /** Two voices that mostly keep going inside a paragraph (nine times in ten), and switch freely at a break. */
    private static final VoiceChain STICKY = new VoiceChain(new double[2], new double[] {0.9, 0.9},
            new double[] {0.5, 0.5}, 0);
    private static final boolean[] NO_BREAKS = new boolean[3];

    @Test
    void viterbiOverridesAWeakDissentingUnitBetweenTwoConfidentOnes() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.9, 0.1}};
        // Path 0,0,0 scores .9 * .9*.4 * .9*.9 = .26244; the per-unit best 0,1,0 only .9 * .1*.6 * .1*.9 = .00486.
        assertThat(SequenceDecoder.decode(emissions, NO_BREAKS, STICKY).path()).containsExactly(0, 0, 0);
    }

    @Test
    void aParagraphBreakLetsTheWeakUnitHaveItsOwnVoice() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.4, 0.6}};
        assertThat(SequenceDecoder.decode(emissions, NO_BREAKS, STICKY).path()).containsExactly(0, 0, 0);
        assertThat(SequenceDecoder.decode(emissions, new boolean[] {false, true, false}, STICKY).path())
                .containsExactly(0, 1, 1);
    }

    @Test
    void viterbiFollowsAStrongSwitch() {
        double[][] emissions = {{0.95, 0.05}, {0.02, 0.98}, {0.02, 0.98}};
        assertThat(SequenceDecoder.decode(emissions, NO_BREAKS, STICKY).path()).containsExactly(0, 1, 1);
    }

    @Test
    void aLowerStayLetsAShortConfidentRunOfAnotherVoiceSurvive() {
        double[][] emissions = {{0.8, 0.2}, {0.3, 0.7}, {0.8, 0.2}};
        // 0,1,0 scores .8*.4*.7*.4*.8 = .0717 against .8*.6*.3*.6*.8 = .0691 for 0,0,0; with stays of .9 it loses
        VoiceChain loose = new VoiceChain(new double[2], new double[] {0.6, 0.6}, new double[] {0.5, 0.5}, 0);
        assertThat(SequenceDecoder.decode(emissions, NO_BREAKS, STICKY).path()).containsExactly(0, 0, 0);
        assertThat(SequenceDecoder.decode(emissions, NO_BREAKS, loose).path()).containsExactly(0, 1, 0);
    }

    @Test
    void offsetsShiftEveryUnitTowardsAVoice() {
        double[][] emissions = {{0.55, 0.45}};
        VoiceChain favourSecond = new VoiceChain(new double[] {0, 0.5}, new double[] {0.5, 0.5},
                new double[] {0.5, 0.5}, 0);
        assertThat(SequenceDecoder.decode(emissions, new boolean[1], favourSecond).path()).containsExactly(1);
        assertThat(favourSecond.shift(emissions[0])[1]).isCloseTo(
                0.45 * Math.exp(0.5) / (0.55 + 0.45 * Math.exp(0.5)), within(1e-12));
    }

    @Test
    void marginalsAreThePosteriorOfEachLabelOverAllPaths() {
        double[][] emissions = {{0.9, 0.1}, {0.4, 0.6}, {0.3, 0.7}, {0.5, 0.5}};
        boolean[] breaks = {false, false, true, false};
        double[][] marginals = SequenceDecoder.decode(emissions, breaks, STICKY).marginals();
        double[][] expected = bruteForceMarginals(emissions, breaks, STICKY);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(marginals[t]).containsExactly(expected[t], within(1e-12));
        }
    }

    @Test
    void marginalsSumToOneAtEveryUnitEvenOnLongPassages() {
        Random random = new Random(7);
        double[][] emissions = new double[5000][4];
        boolean[] breaks = new boolean[5000];
        for (int t = 0; t < emissions.length; t++) {
            for (int y = 0; y < 4; y++) {
                emissions[t][y] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
            }
            breaks[t] = random.nextInt(5) == 0;
        }
        VoiceChain chain = new VoiceChain(new double[] {0, 0.5, -0.5, 1}, new double[] {0.9, 0.8, 0.7, 0.95},
                new double[] {0.5, 0.4, 0.3, 0.6}, 0);
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, breaks, chain);
        assertThat(decoding.path()).hasSize(5000);
        for (double[] m : decoding.marginals()) {
            assertThat(m[0] + m[1] + m[2] + m[3]).isCloseTo(1, within(1e-9));
            for (double p : m) {
                assertThat(p).isBetween(0.0, 1.0).isNotNaN();
            }
        }
    }

    @Test
    void aNeutralChainGivesEachUnitItsOwnArgmaxAndItsOwnPosteriors() {
        double[][] emissions = {{0.2, 0.5, 0.3}, {0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}, {0.3, 0.6, 0.1}};
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, new boolean[4], VoiceChain.neutral(3));
        assertThat(decoding.path()).containsExactly(1, 0, 2, 1);
        for (int t = 0; t < emissions.length; t++) {
            assertThat(decoding.marginals()[t]).containsExactly(emissions[t], within(1e-12));
        }
    }

    @Test
    void anEmptyPassageDecodesToNothing() {
        SequenceDecoder.Decoding decoding = SequenceDecoder.decode(new double[0][], new boolean[0], STICKY);
        assertThat(decoding.path()).isEmpty();
        assertThat(decoding.marginals()).isEmpty();
    }

    @Test
    void thePassageMixPullsAWorkToItsVoiceButLeavesFixedUnitsAlone() {
        // most units lean to voice 0; unit 1 leans to voice 1 on its own, unit 2 was decided by a sieve
        double[][] emissions = {{0.7, 0.3}, {0.45, 0.55}, {0.2, 0.8}, {0.7, 0.3}, {0.7, 0.3}};
        VoiceChain mix = VoiceChain.neutral(2).withPassageWeight(2);
        boolean[] fixed = {false, false, true, false, false};
        int[] path = SequenceDecoder.decode(emissions, new boolean[5], fixed, mix).path();
        assertThat(path).containsExactly(0, 0, 1, 0, 0);
        assertThat(SequenceDecoder.decode(emissions, new boolean[5], fixed, VoiceChain.neutral(2)).path())
                .containsExactly(0, 1, 1, 0, 0);
    }

    private static double[][] bruteForceMarginals(double[][] emissions, boolean[] breaks, VoiceChain chain) {
        int n = emissions.length;
        double[][] sums = new double[n][2];
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] path = new int[n];
            for (int t = 0; t < n; t++) {
                path[t] = (mask >> t) & 1;
            }
            double p = emissions[0][path[0]];
            for (int t = 1; t < n; t++) {
                p *= chain.transition(path[t - 1], path[t], breaks[t]) * emissions[t][path[t]];
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
