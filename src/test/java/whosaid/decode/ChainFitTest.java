package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChainFitTest {
    /** A work of one voice whose units the classifier gets right 60% of the time, the rest spread evenly. */
    private static ChainFit.Sequence work(int voice, int units, Random random) {
        double[][] emissions = new double[units][];
        int[] truth = new int[units];
        for (int t = 0; t < units; t++) {
            int heard = random.nextDouble() < 0.6 ? voice : (voice + 1 + random.nextInt(3)) % 4;
            emissions[t] = new double[] {0.2, 0.2, 0.2, 0.2};
            emissions[t][heard] = 0.4;
            truth[t] = voice;
        }
        return new ChainFit.Sequence("works", emissions, new boolean[units], new boolean[units], truth);
    }

    @Test
    void onWholeWorksTheFitLearnsThatVoicesRunLong() {
        Random random = new Random(1);
        List<ChainFit.Sequence> works = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            works.add(work(w % 4, 100, random));
        }
        VoiceChain fitted = ChainFit.fit(works, 4, true, true);
        assertThat(ChainFit.scores(works, fitted, 4).mean())
                .isGreaterThan(ChainFit.scores(works, VoiceChain.neutral(4), 4).mean() + 0.2);
        assertThat(fitted.passageWeight() > 0 || fitted.stayWithin()[0] > 0.25).isTrue();
    }

    @Test
    void withoutDecodingOnlyTheOffsetsMayMove() {
        Random random = new Random(2);
        List<ChainFit.Sequence> works = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            works.add(work(w % 4, 60, random));
        }
        VoiceChain fitted = ChainFit.fit(works, 4, true, false);
        assertThat(fitted.passageWeight()).isZero();
        assertThat(fitted.stayWithin()).containsOnly(0.25);
        assertThat(fitted.stayAcross()).containsOnly(0.25);
        assertThat(ChainFit.fit(works, 4, false, false)).isEqualTo(VoiceChain.neutral(4));
    }

    @Test
    void aChangeThatPushesAVoiceUnderTheRecallFloorIsRefusedWhateverItGains() {
        ChainFit.Score current = new ChainFit.Score(new double[] {0.40, 0.40}, new double[][] {{0.5, 0.3}, {0.5, 0.3}});
        ChainFit.Score givesUpVoice1 = new ChainFit.Score(new double[] {0.50, 0.50},
                new double[][] {{0.9, 0.2}, {0.9, 0.3}});
        ChainFit.Score keepsItAboveTheFloor = new ChainFit.Score(new double[] {0.50, 0.50},
                new double[][] {{0.9, 0.26}, {0.9, 0.3}});
        ChainFit.Score costsOneKind = new ChainFit.Score(new double[] {0.60, 0.39},
                new double[][] {{0.5, 0.3}, {0.5, 0.3}});
        ChainFit.Score tooSmall = new ChainFit.Score(new double[] {0.401, 0.402},
                new double[][] {{0.5, 0.3}, {0.5, 0.3}});
        assertThat(ChainFit.better(givesUpVoice1, current)).isFalse();
        assertThat(ChainFit.better(keepsItAboveTheFloor, current)).isTrue();
        assertThat(ChainFit.better(costsOneKind, current)).isFalse();
        assertThat(ChainFit.better(tooSmall, current)).isFalse();
    }

    @Test
    void nothingToFitOnGivesTheNeutralChain() {
        assertThat(ChainFit.fit(List.of(), 4, true, true)).isEqualTo(VoiceChain.neutral(4));
    }
}
