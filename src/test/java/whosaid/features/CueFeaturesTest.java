package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.text.Passage;
import whosaid.text.Segmenter;

class CueFeaturesTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<SparseFeatures> features(List<String> families, String text) {
        return new Featurizer(TestModels.SPEAKERS, families).featurize(SEGMENTER.segment(new Passage("p", text)))
                .features();
    }

    private static Set<Integer> ids(SparseFeatures f) {
        return Arrays.stream(f.ids()).boxed().collect(Collectors.toSet());
    }

    private static Set<Integer> named(String... names) {
        return Arrays.stream(names).map(FeatureIds::named).collect(Collectors.toSet());
    }

    @Test
    void anIntroducerAndItsQuotationCarryTheirCuesButNotTheSievesVerdict() {
        List<SparseFeatures> units = features(List.of("cues"), "In March Lenin wrote: In the section of articles "
                + "and notes on the events of the day, he will not only be very useful, but absolutely necessary.");
        assertThat(units).hasSize(2);
        assertThat(ids(units.get(0))).isEqualTo(named("cue:kind_introducer", "cue:ends_colon", "cue:names_Lenin"));
        assertThat(ids(units.get(1))).isEqualTo(named("cue:kind_quotation", "cue:segment_colon"));
        assertThat(units.get(1).values()).containsOnly(1.0);
    }

    @Test
    void quotationMarksAndLengthCutsAreSegmentCues() {
        List<SparseFeatures> units = features(List.of("cues"), "Lenin answered the delegates: “"
                + "we cannot wait ".repeat(150) + "at all.”");
        assertThat(ids(units.get(1))).containsAll(named("cue:kind_quotation", "cue:segment_quote",
                "cue:segment_split:length"));
    }

    @Test
    void aPlainSentenceHasOnlyItsKindAndTheNamesInIt() {
        List<SparseFeatures> units = features(List.of("cues"), "Stalin met Trotsky in Vienna in 1913.");
        assertThat(ids(units.get(0))).isEqualTo(named("cue:kind_sentence", "cue:names_Stalin", "cue:names_Trotsky"));
    }

    @Test
    void nGramFeaturesSeeTheMaskNotTheName() {
        for (String family : List.of("chars", "function", "lexical")) {
            SparseFeatures trotsky = features(List.of(family), "Trotsky was born in 1879 in Yanovka.").get(0);
            SparseFeatures stalin = features(List.of(family), "Stalin was born in 1879 in Yanovka.").get(0);
            assertThat(trotsky.ids()).as(family).isEqualTo(stalin.ids());
            assertThat(trotsky.values()).as(family).isEqualTo(stalin.values());
        }
    }

    @Test
    void idsAreDistinctAndOfTheirFamilysKind() {
        SparseFeatures f = features(List.of("chars", "function", "lexical", "style"),
                "The Soviet mobilizes the forces, and controls.").get(0);
        assertThat(f.ids()).doesNotHaveDuplicates();
        assertThat(Arrays.stream(f.ids()).map(FeatureIds::kind).distinct().sorted().toArray())
                .containsExactly(FeatureIds.OTHER, FeatureIds.WORD, FeatureIds.CHAR, FeatureIds.FUNCTION);
    }
}
