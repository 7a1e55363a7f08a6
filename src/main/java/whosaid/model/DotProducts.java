package whosaid.model;

import whosaid.features.SparseVector;

/**
 * The scores of a sparse vector against attribute-major weights ({@code weights[j * classes + c]}): the inner loop
 * of labeling. Classes are taken eight, then four, then the last one to three at a time, each summed in a local
 * variable over all of the vector's features in their order, so that the sums stay in registers instead of going
 * through memory once per feature and class, and each weight row is visited as few times as possible (three passes
 * for the frame classifier's 15 classes, one for the unit classifier's 4). Every class still adds the same
 * products in the same order from its bias, so the scores are the same to the last bit as the plain double loop's.
 */
final class DotProducts {
    private DotProducts() {
    }

    static double[] scores(double[] weights, double[] bias, SparseVector v) {
        int c = bias.length;
        double[] z = bias.clone();
        int[] indices = v.indices();
        double[] values = v.values();
        int y = 0;
        for (; y + 8 <= c; y += 8) {
            eight(weights, c, y, indices, values, z);
        }
        for (; y + 4 <= c; y += 4) {
            four(weights, c, y, indices, values, z);
        }
        if (y < c) {
            rest(weights, c, y, indices, values, z);
        }
        return z;
    }

    private static void eight(double[] w, int c, int y, int[] indices, double[] values, double[] z) {
        double a0 = z[y];
        double a1 = z[y + 1];
        double a2 = z[y + 2];
        double a3 = z[y + 3];
        double a4 = z[y + 4];
        double a5 = z[y + 5];
        double a6 = z[y + 6];
        double a7 = z[y + 7];
        for (int k = 0; k < indices.length; k++) {
            int row = indices[k] * c + y;
            double x = values[k];
            a0 += w[row] * x;
            a1 += w[row + 1] * x;
            a2 += w[row + 2] * x;
            a3 += w[row + 3] * x;
            a4 += w[row + 4] * x;
            a5 += w[row + 5] * x;
            a6 += w[row + 6] * x;
            a7 += w[row + 7] * x;
        }
        z[y] = a0;
        z[y + 1] = a1;
        z[y + 2] = a2;
        z[y + 3] = a3;
        z[y + 4] = a4;
        z[y + 5] = a5;
        z[y + 6] = a6;
        z[y + 7] = a7;
    }

    private static void four(double[] w, int c, int y, int[] indices, double[] values, double[] z) {
        double a0 = z[y];
        double a1 = z[y + 1];
        double a2 = z[y + 2];
        double a3 = z[y + 3];
        for (int k = 0; k < indices.length; k++) {
            int row = indices[k] * c + y;
            double x = values[k];
            a0 += w[row] * x;
            a1 += w[row + 1] * x;
            a2 += w[row + 2] * x;
            a3 += w[row + 3] * x;
        }
        z[y] = a0;
        z[y + 1] = a1;
        z[y + 2] = a2;
        z[y + 3] = a3;
    }

    /** The last one to three classes in one pass; a missing class's sum is kept and never written. */
    private static void rest(double[] w, int c, int y, int[] indices, double[] values, double[] z) {
        int n = c - y;
        double a0 = z[y];
        double a1 = n > 1 ? z[y + 1] : 0;
        double a2 = n > 2 ? z[y + 2] : 0;
        for (int k = 0; k < indices.length; k++) {
            int row = indices[k] * c + y;
            double x = values[k];
            a0 += w[row] * x;
            if (n > 1) {
                a1 += w[row + 1] * x;
                if (n > 2) {
                    a2 += w[row + 2] * x;
                }
            }
        }
        z[y] = a0;
        if (n > 1) {
            z[y + 1] = a1;
        }
        if (n > 2) {
            z[y + 2] = a2;
        }
    }
}
