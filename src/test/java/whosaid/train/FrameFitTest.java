package whosaid.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whosaid.decode.FrameDecoder;
import whosaid.model.FrameDecoding;
import whosaid.quote.Attribution;
import whosaid.quote.Cue;
import whosaid.quote.Sieve;

class FrameFitTest {
    /** A held-out sequence of quotations only, each decided by a sieve for voice 0; {@code truth} says whose it is. */
    private static FrameFit.Sequence quotations(Sieve sieve, int... truth) {
        int n = truth.length;
        double[][] emissions = new double[n][];
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            emissions[i] = new double[] {0.9, 0.1};
            cues.add(new Cue("", new Attribution(sieve, "Lenin"), ""));
        }
        FrameDecoder.Input input = new FrameDecoder.Input(new int[n], new boolean[n], new int[n], emissions);
        return new FrameFit.Sequence("hand-labeled", new FrameDecoding(input, cues, List.of()), null, null, truth);
    }

    @Test
    void aSievesProbabilityIsItsHeldOutPrecisionSmoothedTowardAllSieves() {
        Map<String, Double> p = FrameFit.sieveProbabilities(List.of(
                quotations(Sieve.NAMED, 0, 0, 0, 0, 0, 0, 0, 0),
                quotations(Sieve.PRONOUN, 0, 1, 1, 1)));
        double pooled = (9 + 1.0) / (12 + 2.0);
        assertThat(p.get("named")).isCloseTo((8 + 4 * pooled) / (8 + 4), within(1e-12));
        assertThat(p.get("pronoun")).isCloseTo((1 + 4 * pooled) / (4 + 4), within(1e-12));
        assertThat(p.get("named")).isGreaterThan(p.get("pronoun"));
        assertThat(p).doesNotContainKey("citation"); // never seen: keeps the rule's own probability
    }

    @Test
    void unitsWithoutTruthOrOfTheFramesOwnWordsDoNotCount() {
        assertThat(FrameFit.sieveProbabilities(List.of(quotations(Sieve.NAMED, -1, -1)))).isEmpty();
    }
}
