package whosaid.model;

import whosaid.features.SparseVector;

/**
 * The scores of a sparse vector against attribute-major weights ({@code weights[j * classes + c]}): the inner loop
 * of labeling. Classes are taken four at a time, each summed in a local variable over all of the vector's features
 * in their order, so that the sums stay in registers instead of going through memory once per feature and class;
 * every class still adds the same products in the same order from its bias, so the scores are the same to the last
 * bit as the plain double loop's.
 */
final class DotProducts {
    private DotProducts() {
    }

    static double[] scores(double[] weights, double[] bias, SparseVector v) {
        int c = bias.length;
        double[] z = bias.clone();
        int[] indices = v.indices();
        double[] values = v.values();
        int n = indices.length;
        int y = 0;
        for (; y + 4 <= c; y += 4) {
            double a0 = z[y];
            double a1 = z[y + 1];
            double a2 = z[y + 2];
            double a3 = z[y + 3];
            for (int k = 0; k < n; k++) {
                int row = indices[k] * c + y;
                double x = values[k];
                a0 += weights[row] * x;
                a1 += weights[row + 1] * x;
                a2 += weights[row + 2] * x;
                a3 += weights[row + 3] * x;
            }
            z[y] = a0;
            z[y + 1] = a1;
            z[y + 2] = a2;
            z[y + 3] = a3;
        }
        for (; y < c; y++) {
            double a = z[y];
            for (int k = 0; k < n; k++) {
                a += weights[indices[k] * c + y] * values[k];
            }
            z[y] = a;
        }
        return z;
    }
}
