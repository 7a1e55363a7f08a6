package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {
    private static final int THE = FeatureIds.id(FeatureIds.WORD, 1);
    private static final int STATE = FeatureIds.id(FeatureIds.WORD, 2);
    private static final int PARTY = FeatureIds.id(FeatureIds.WORD, 3);
    private static final int THE_PARTY = FeatureIds.id(FeatureIds.WORD, 4);
    private static final int CHAR_THE = FeatureIds.id(FeatureIds.CHAR, 1);
    private static final int LENGTH = FeatureIds.named("len:words_log");
    private static final int QUESTION = FeatureIds.named("d:question");
    private static final List<SparseFeatures> ROWS = List.of(
            features(Map.of(THE, 1.0, STATE, 1.0, CHAR_THE, 1.0, LENGTH, 0.4)),
            features(Map.of(THE, 1.0, PARTY, 1.0, CHAR_THE, 2.0)),
            features(Map.of(THE, 1.0, PARTY, 1.0, THE_PARTY, 1.0)),
            features(Map.of(THE, 1.0, QUESTION, 1.0)));

    private static SparseFeatures features(Map<Integer, Double> values) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(values);
        return new SparseFeatures(sorted.keySet().stream().mapToInt(Integer::intValue).toArray(),
                sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void keepsOnlyFeaturesSeenInAtLeastMinCountUnitsInIdOrder() {
        assertThat(ids(FeatureSpace.build(ROWS, 2, 100))).containsExactly(sorted(THE, PARTY, CHAR_THE));
        assertThat(ids(FeatureSpace.build(ROWS, 1, 100))).containsExactly(
                sorted(THE, STATE, PARTY, THE_PARTY, CHAR_THE, LENGTH, QUESTION));
    }

    @Test
    void keepsTheMostFrequentWhenOverTheLimit() {
        assertThat(ids(FeatureSpace.build(ROWS, 1, 1))).containsExactly(THE);
        assertThat(ids(FeatureSpace.build(ROWS, 1, 3))).containsExactly(sorted(THE, PARTY, CHAR_THE));
    }

    @Test
    void weighsWordGramsByIdfAndNormalisesThemToUnitLength() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        SparseVector v = space.vectorize(features(Map.of(THE, 1.0, STATE, 1.0)));
        double idfThe = Math.log(5.0 / 5.0) + 1; // in all 4 units
        double idfState = Math.log(5.0 / 2.0) + 1; // in 1 of 4
        double norm = Math.hypot(idfThe, idfState);
        assertThat(valueOf(space, v, THE)).isCloseTo(idfThe / norm, within(1e-12));
        assertThat(valueOf(space, v, STATE)).isCloseTo(idfState / norm, within(1e-12));
    }

    @Test
    void normalisesEachKindApartAndLeavesNamedFeaturesAsTheyAre() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        SparseVector v = space.vectorize(features(Map.of(PARTY, 2.0, CHAR_THE, 3.0, LENGTH, 0.4, QUESTION, 1.0)));
        assertThat(valueOf(space, v, PARTY)).isCloseTo(1, within(1e-12));
        assertThat(valueOf(space, v, CHAR_THE)).isCloseTo(1, within(1e-12));
        assertThat(valueOf(space, v, LENGTH)).isCloseTo(0.4, within(1e-12));
        assertThat(valueOf(space, v, QUESTION)).isCloseTo(1, within(1e-12));
    }

    @Test
    void dropsUnknownFeaturesAndListsIndicesAscending() {
        FeatureSpace space = FeatureSpace.build(ROWS, 1, 100);
        Map<Integer, Double> raw = new TreeMap<>();
        for (int i = 0; i < 50; i++) {
            raw.put(FeatureIds.id(FeatureIds.WORD, 1000 + i), 1.0);
        }
        raw.put(THE, 1.0);
        raw.put(LENGTH, 0.2);
        raw.put(THE_PARTY, 1.0);
        raw.put(CHAR_THE, 1.0);
        SparseVector v = space.vectorize(features(raw));
        assertThat(v.indices()).hasSize(4).isSorted().doesNotHaveDuplicates();
        assertThat(v.values()).hasSize(4);
    }

    @Test
    void aUnitWithNoKnownFeatureIsAnEmptyVector() {
        SparseVector v = FeatureSpace.build(ROWS, 1, 100).vectorize(features(Map.of(FeatureIds.named("nothing"), 1.0)));
        assertThat(v.indices()).isEmpty();
        assertThat(v.values()).isEmpty();
    }

    private static int[] sorted(int... ids) {
        return java.util.Arrays.stream(ids).sorted().toArray();
    }

    private static int[] ids(FeatureSpace space) {
        int[] ids = new int[space.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = space.id(i);
        }
        return ids;
    }

    private static double valueOf(FeatureSpace space, SparseVector v, int id) {
        for (int k = 0; k < v.indices().length; k++) {
            if (space.id(v.indices()[k]) == id) {
                return v.values()[k];
            }
        }
        throw new AssertionError(FeatureIds.describe(id) + " not in vector");
    }
}
