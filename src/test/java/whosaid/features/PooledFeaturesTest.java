package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PooledFeaturesTest {
    private static final int W1 = FeatureIds.id(FeatureIds.WORD, 1);
    private static final int W2 = FeatureIds.id(FeatureIds.WORD, 2);
    private static final int C1 = FeatureIds.id(FeatureIds.CHAR, 1);
    private static final int CUE = FeatureIds.named("cue:kind_quotation");
    /** Ids ascend: named (kind 0), then words (1), then character n-grams (2). */
    private static final FeatureSpace SPACE = FeatureSpace.of(new int[] {CUE, W1, W2, C1}, new double[] {1, 1, 2, 1});

    private static SparseFeatures unit(int[] ids, double[] values) {
        return new SparseFeatures(ids, values);
    }

    @Test
    void poolsCountsDampedWeightedAndNormalisedPerKindLeavingUnitCuesOut() {
        PooledFeatures pool = new PooledFeatures(SPACE);
        pool.add(unit(new int[] {W1, C1, CUE}, new double[] {1, 3, 1}), 10);
        pool.add(unit(new int[] {W1, W2}, new double[] {1, 1}), 5);
        assertThat(pool.characters()).isEqualTo(15);
        java.util.Map<Integer, Double> v = byIndex(pool.take());
        assertThat(v).containsOnlyKeys(SPACE.index(W1), SPACE.index(W2), SPACE.index(C1));
        double w1 = Math.log1p(2);
        double w2 = Math.log1p(1) * 2;
        double norm = Math.hypot(w1, w2);
        assertThat(v.get(SPACE.index(W1))).isCloseTo(w1 / norm, within(1e-12));
        assertThat(v.get(SPACE.index(W2))).isCloseTo(w2 / norm, within(1e-12));
        assertThat(v.get(SPACE.index(C1))).isCloseTo(1, within(1e-12)); // the only character n-gram: norm 1 alone
    }

    private static java.util.Map<Integer, Double> byIndex(SparseVector v) {
        java.util.Map<Integer, Double> out = new java.util.HashMap<>();
        for (int k = 0; k < v.indices().length; k++) {
            assertThat(out.put(v.indices()[k], v.values()[k])).as("each attribute once").isNull();
        }
        return out;
    }

    @Test
    void takingEmptiesThePoolAndTheOrderOfUnitsDoesNotMatter() {
        PooledFeatures pool = new PooledFeatures(SPACE);
        List<SparseFeatures> units = List.of(unit(new int[] {W2, C1}, new double[] {2, 1}),
                unit(new int[] {W1}, new double[] {1}));
        units.forEach(u -> pool.add(u, 1));
        SparseVector forward = pool.take();
        assertThat(pool.characters()).isZero();
        pool.add(units.get(1), 1);
        pool.add(units.get(0), 1);
        SparseVector backward = pool.take();
        java.util.Map<Integer, Double> b = byIndex(backward);
        java.util.Map<Integer, Double> f = byIndex(forward);
        assertThat(b.keySet()).isEqualTo(f.keySet());
        b.forEach((index, value) -> assertThat(value).isCloseTo(f.get(index), within(1e-15)));
        assertThat(pool.take().indices()).isEmpty();
    }

    @Test
    void aTrainerGetsTheSameVectorWithItsAttributesAscending() {
        PooledFeatures pool = new PooledFeatures(SPACE);
        List<SparseFeatures> units = List.of(unit(new int[] {C1, W2}, new double[] {1, 2}),
                unit(new int[] {W1, C1}, new double[] {1, 1}));
        units.forEach(u -> pool.add(u, 1));
        SparseVector asBrought = pool.take();
        units.forEach(u -> pool.add(u, 1));
        SparseVector ascending = pool.takeAscending();
        assertThat(ascending.indices()).isSorted();
        assertThat(asBrought.indices()).isNotEqualTo(ascending.indices());
        java.util.Map<Integer, Double> a = byIndex(asBrought);
        java.util.Map<Integer, Double> b = byIndex(ascending);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        b.forEach((index, value) -> assertThat(value).isCloseTo(a.get(index), within(1e-15)));
    }
}
