package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FeatureSinkTest {
    @Property
    void collectsWhatAMapWouldSumInTheOrderFirstAdded(@ForAll @Size(max = 3000) java.util.List<@IntRange(min = 0, max = 5000) Integer> ids) {
        FeatureSink sink = new FeatureSink();
        sink.add(1, 1); // left over from an earlier unit
        sink.clear();
        Map<Integer, Double> expected = new HashMap<>();
        Random random = new Random(ids.size());
        for (int id : ids) {
            double v = 1 + random.nextInt(3);
            sink.add(id, v);
            expected.merge(id, v, Double::sum);
        }
        SparseFeatures f = sink.toFeatures();
        assertThat(f.size()).isEqualTo(expected.size());
        assertThat(f.ids()).containsExactly(ids.stream().distinct().mapToInt(Integer::intValue).toArray());
        for (int i = 0; i < f.size(); i++) {
            assertThat(f.values()[i]).isEqualTo(expected.get(f.ids()[i]));
        }
    }

    @Test
    void setReplacesAndZeroIsNotStored() {
        FeatureSink sink = new FeatureSink();
        sink.add(7, 2);
        sink.set(7, 5);
        sink.add(9, 0);
        SparseFeatures f = sink.toFeatures();
        assertThat(f.ids()).containsExactly(7);
        assertThat(f.values()).containsExactly(5.0);
    }

    @Test
    void logScaleTouchesOnlyItsKind() {
        FeatureSink sink = new FeatureSink();
        int word = FeatureIds.id(FeatureIds.WORD, 3);
        int other = FeatureIds.named("x");
        sink.add(word, Math.E);
        sink.add(other, Math.E);
        sink.logScale(FeatureIds.WORD);
        SparseFeatures f = sink.toFeatures();
        Map<Integer, Double> byId = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            byId.put(f.ids()[i], f.values()[i]);
        }
        assertThat(byId.get(word)).isEqualTo(2.0);
        assertThat(byId.get(other)).isEqualTo(Math.E);
    }
}
