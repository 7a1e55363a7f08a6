package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.text.Passage;
import whosaid.text.Segmenter;

class CueFeaturesTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<Map<String, Double>> features(List<String> families, String text) {
        return new Featurizer(TestModels.SPEAKERS, families).featurize(SEGMENTER.segment(new Passage("p", text)))
                .features();
    }

    @Test
    void anIntroducerAndItsQuotationCarryTheirCues() {
        List<Map<String, Double>> units = features(List.of("cues"), "In March Lenin wrote: In the section of articles "
                + "and notes on the events of the day, he will not only be very useful, but absolutely necessary.");
        assertThat(units).hasSize(2);
        assertThat(units.get(0)).containsOnlyKeys("cue:kind_introducer", "cue:introduces_Lenin", "cue:ends_colon",
                "cue:names_Lenin");
        assertThat(units.get(1)).containsOnlyKeys("cue:kind_quotation", "cue:segment_colon", "cue:quoting_Lenin");
        assertThat(units.get(1).values()).containsOnly(1.0);
    }

    @Test
    void quotationMarksAndLengthCutsAreSegmentCues() {
        List<Map<String, Double>> units = features(List.of("cues"), "Lenin answered the delegates: “"
                + "we cannot wait ".repeat(150) + "at all.”");
        assertThat(units.get(1)).containsKeys("cue:kind_quotation", "cue:segment_quote", "cue:segment_split:length");
    }

    @Test
    void aPlainSentenceHasOnlyItsKindAndTheNamesInIt() {
        List<Map<String, Double>> units = features(List.of("cues"), "Stalin met Trotsky in Vienna in 1913.");
        assertThat(units.get(0)).containsOnlyKeys("cue:kind_sentence", "cue:names_Stalin", "cue:names_Trotsky");
    }

    @Test
    void styleFeaturesSeeTheMaskNotTheName() {
        Map<String, Double> style = features(List.of("style"), "Trotsky was born in 1879 in Yanovka.").get(0);
        assertThat(style).containsKeys("c: § ", "c:§ w", "fw:was", "fw:in");
        assertThat(style.keySet()).noneMatch(k -> k.contains("tro") || k.contains("otsk"));
        Map<String, Double> lexical = features(List.of("lexical"), "Trotsky was born in 1879 in Yanovka.").get(0);
        assertThat(lexical).containsKeys("w:trotsky", "b:trotsky_was");
    }
}
