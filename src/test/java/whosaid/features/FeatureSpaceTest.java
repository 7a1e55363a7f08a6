package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {
    private static final List<Map<String, Double>> ROWS = List.of(
            Map.of("w:the", 1.0, "w:state", 1.0, "c:the", 1.0, "len:words_log", 0.4),
            Map.of("w:the", 1.0, "w:party", 1.0, "c:the", 2.0),
            Map.of("w:the", 1.0, "w:party", 1.0, "b:the_party", 1.0),
            Map.of("w:the", 1.0, "d:question", 1.0));

    @Test
    void keepsOnlyFeaturesSeenInAtLeastMinCountUnitsSortedByName() {
        FeatureSpace space = FeatureSpace.build(ROWS, 2, 100);
        assertThat(names(space)).containsExactly("c:the", "w:party", "w:the");
        assertThat(names(FeatureSpace.build(ROWS, 1, 100))).containsExactly("b:the_party", "c:the", "d:question",
                "len:words_log", "w:party", "w:state", "w:the");
    }

    @Test
    void keepsTheMostFrequentWhenOverTheLimitBreakingTiesByName() {
        assertThat(names(FeatureSpace.build(ROWS, 1, 3))).containsExactly("c:the", "w:party", "w:the");
        assertThat(names(FeatureSpace.build(ROWS, 1, 1))).containsExactly("w:the");
    }

    @Test
    void weighsWordGramsByIdfAndNormalisesThemToUnitLength() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        SparseVector v = space.vectorize(Map.of("w:the", 1.0, "w:state", 1.0));
        double idfThe = Math.log(5.0 / 5.0) + 1; // in all 4 units
        double idfState = Math.log(5.0 / 2.0) + 1; // in 1 of 4
        double norm = Math.hypot(idfThe, idfState);
        assertThat(valueOf(space, v, "w:the")).isCloseTo(idfThe / norm, within(1e-12));
        assertThat(valueOf(space, v, "w:state")).isCloseTo(idfState / norm, within(1e-12));
        assertThat(valueOf(space, v, "w:state")).isGreaterThan(valueOf(space, v, "w:the"));
    }

    @Test
    void normalisesCharacterTrigramsApartFromWordsAndLeavesOtherFeaturesAsTheyAre() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        SparseVector v = space.vectorize(Map.of("w:party", 2.0, "c:the", 3.0, "len:words_log", 0.4,
                "d:question", 1.0));
        assertThat(valueOf(space, v, "w:party")).isCloseTo(1, within(1e-12));
        assertThat(valueOf(space, v, "c:the")).isCloseTo(1, within(1e-12));
        assertThat(valueOf(space, v, "len:words_log")).isCloseTo(0.4, within(1e-12));
        assertThat(valueOf(space, v, "d:question")).isCloseTo(1, within(1e-12));
    }

    @Test
    void dropsUnknownFeaturesAndListsIndicesAscending() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            raw.put("w:unknown" + i, 1.0);
        }
        raw.put("w:the", 1.0);
        raw.put("len:words_log", 0.2);
        raw.put("b:the_party", 1.0);
        raw.put("c:the", 1.0);
        SparseVector v = space.vectorize(raw);
        assertThat(v.indices()).hasSize(4).isSorted().doesNotHaveDuplicates();
        assertThat(v.values()).hasSize(4);
        assertThat(names(space, v)).containsExactly("b:the_party", "c:the", "len:words_log", "w:the");
    }

    @Test
    void aUnitWithNoKnownFeatureIsAnEmptyVector() {
        SparseVector v = FeatureSpace.build(ROWS, 1, 100).vectorize(Map.of("w:nothing", 1.0));
        assertThat(v.indices()).isEmpty();
        assertThat(v.values()).isEmpty();
    }

    private static List<String> names(FeatureSpace space) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < space.size(); i++) {
            names.add(space.name(i));
        }
        return names;
    }

    private static List<String> names(FeatureSpace space, SparseVector v) {
        List<String> names = new ArrayList<>();
        for (int i : v.indices()) {
            names.add(space.name(i));
        }
        return names;
    }

    private static double valueOf(FeatureSpace space, SparseVector v, String name) {
        for (int k = 0; k < v.indices().length; k++) {
            if (space.name(v.indices()[k]).equals(name)) {
                return v.values()[k];
            }
        }
        throw new AssertionError(name + " not in vector");
    }
}
