package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import whosaid.features.SparseVector;

class DotProductsTest {
    /** The plain loop: for each feature in order, every class. */
    private static double[] plain(double[] weights, double[] bias, SparseVector v) {
        int c = bias.length;
        double[] z = bias.clone();
        for (int k = 0; k < v.indices().length; k++) {
            for (int y = 0; y < c; y++) {
                z[y] += weights[v.indices()[k] * c + y] * v.values()[k];
            }
        }
        return z;
    }

    @Property(tries = 300)
    void givesThePlainLoopsScoresToTheLastBit(@ForAll @IntRange(min = 1, max = 17) int classes,
                                              @ForAll @IntRange(min = 0, max = 60) int features,
                                              @ForAll long seed) {
        Random random = new Random(seed);
        int attributes = 50;
        double[] weights = random.doubles(attributes * classes, -3, 3).toArray();
        double[] bias = random.doubles(classes, -1, 1).toArray();
        int[] indices = random.ints(features, 0, attributes).distinct().toArray();
        double[] values = random.doubles(indices.length, 0, 1).toArray();
        SparseVector v = new SparseVector(indices, values);

        double[] ours = DotProducts.scores(weights, bias, v);
        double[] theirs = plain(weights, bias, v);
        for (int y = 0; y < classes; y++) {
            assertThat(Double.doubleToRawLongBits(ours[y])).as("class %d", y)
                    .isEqualTo(Double.doubleToRawLongBits(theirs[y]));
        }
    }
}
