package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
    private static final int VOICES = 2;
    private static final FrameParameters PARAMS = new FrameParameters(2, 100, 0.25, 1);

    /**
     * A pool that hears voice 1 in a unit whose emission leans to 1, weighing each unit alike: what a document
     * classifier does with a paragraph, without training one.
     */
    private static FrameDecoder.Pool votes(double[][] emissions) {
        return units -> {
            double[] logs = new double[VOICES];
            for (int u : units) {
                for (int v = 0; v < VOICES; v++) {
                    logs[v] += Math.log(emissions[u][v]);
                }
            }
            double max = Arrays.stream(logs).max().orElseThrow();
            double[] p = Arrays.stream(logs).map(l -> Math.exp(l - max)).toArray();
            double sum = Arrays.stream(p).sum();
            return Arrays.stream(p).map(x -> x / sum).toArray();
        };
    }

    private static boolean[] all(int n) {
        boolean[] own = new boolean[n];
        Arrays.fill(own, true);
        return own;
    }

    private static int[] chars(int n) {
        int[] c = new int[n];
        Arrays.fill(c, 100);
        return c;
    }

    @Test
    void aSentenceThatLeansToAnotherVoiceKeepsItsParagraphsVoice() {
        // four sentences of voice 0, one in the middle whose own evidence says voice 1 (a sentence naming Stalin)
        double[][] e = {{0.8, 0.2}, {0.8, 0.2}, {0.3, 0.7}, {0.8, 0.2}, {0.8, 0.2}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[] {0, 0, 0, 0, 0}, all(5), chars(5), e);
        FrameDecoder.Decoding d = FrameDecoder.decode(in, votes(e), PARAMS, VOICES);
        assertThat(d.path()).containsOnly(0);
        assertThat(d.sections()).hasSize(1);
        // units alone would have given it voice 1
        assertThat(e[2][1]).isGreaterThan(e[2][0]);
    }

    @Test
    void overwhelmingEvidenceOfItsOwnLetsAUnitLeaveTheFrame() {
        double[][] e = {{0.7, 0.3}, {0.7, 0.3}, {1e-9, 1 - 1e-9}, {0.7, 0.3}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[4], all(4), chars(4), e);
        double[] section = {0.9, 0.1};
        FrameDecoder.Pool fixed = units -> section;
        assertThat(FrameDecoder.decode(in, fixed, PARAMS, VOICES).path()).containsExactly(0, 0, 1, 0);
        assertThat(FrameDecoder.decode(in, fixed, new FrameParameters(2, 100, 0, 1), VOICES).path())
                .containsOnly(0);
    }

    @Test
    void aSectionOpensAtAParagraphBreakWhenTheParagraphsAfterItPoolToAnotherVoice() {
        double[][] e = {{0.8, 0.2}, {0.8, 0.2}, {0.8, 0.2}, {0.2, 0.8}, {0.2, 0.8}, {0.2, 0.8}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[] {0, 0, 1, 2, 2, 3}, all(6), chars(6), e);
        FrameDecoder.Decoding d = FrameDecoder.decode(in, votes(e), PARAMS, VOICES);
        assertThat(d.path()).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(d.sections()).extracting(FrameDecoder.Section::from, FrameDecoder.Section::to,
                FrameDecoder.Section::voice).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 3, 0), org.assertj.core.groups.Tuple.tuple(3, 6, 1));
        assertThat(d.sectionOf()).containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void noSectionOpensInsideAParagraph() {
        // the same evidence in one paragraph: one section, whatever the switch cost
        double[][] e = {{0.8, 0.2}, {0.8, 0.2}, {0.8, 0.2}, {0.2, 0.8}, {0.2, 0.8}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[5], all(5), chars(5), e);
        FrameDecoder.Decoding d = FrameDecoder.decode(in, votes(e), new FrameParameters(0, 100, 0, 1), VOICES);
        assertThat(d.sections()).hasSize(1);
        assertThat(d.path()).containsOnly(d.sections().get(0).voice());
    }

    @Test
    void aHighSwitchCostKeepsAShortWeakParagraphInTheFrame() {
        double[][] e = {{0.9, 0.1}, {0.9, 0.1}, {0.45, 0.55}, {0.9, 0.1}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[] {0, 1, 2, 3}, all(4), new int[] {400, 400, 20, 400},
                e);
        assertThat(FrameDecoder.decode(in, votes(e), new FrameParameters(4, 100, 0, 1), VOICES).path())
                .containsOnly(0);
    }

    @Test
    void insertionsKeepTheirOwnProbabilitiesAndTheirSection() {
        double[][] e = {{0.8, 0.2}, {0.1, 0.9}, {0.8, 0.2}};
        boolean[] own = {true, false, true};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[3], own, chars(3), e);
        FrameDecoder.Decoding d = FrameDecoder.decode(in, votes(e), PARAMS, VOICES);
        assertThat(d.path()).containsExactly(0, 1, 0);
        assertThat(d.probabilities()[1]).containsExactly(0.1, 0.9);
        assertThat(d.sectionOf()).containsExactly(0, 0, 0);
    }

    @Test
    void aPassageOfInsertionsOnlyHasNoFrame() {
        double[][] e = {{0.3, 0.7}};
        FrameDecoder.Decoding d = FrameDecoder.decode(new FrameDecoder.Input(new int[1], new boolean[1], chars(1), e),
                votes(e), PARAMS, VOICES);
        assertThat(d.frame()).isNull();
        assertThat(d.sectionOf()).containsExactly(-1);
        assertThat(d.path()).containsExactly(1);
    }

    @Test
    void probabilitiesSumToOne() {
        double[][] e = {{0.6, 0.4}, {0.3, 0.7}, {0.5, 0.5}};
        FrameDecoder.Input in = new FrameDecoder.Input(new int[] {0, 1, 1}, all(3), chars(3), e);
        for (double[] p : FrameDecoder.decode(in, votes(e), new FrameParameters(1, 100, 0.5, 2), VOICES)
                .probabilities()) {
            assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
        }
    }
}
