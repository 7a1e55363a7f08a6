package whosaid.dataset;

import java.util.Arrays;

/** Minimum, quartiles and maximum, interpolated linearly between ranks as pandas' {@code describe()} does. */
public record Quartiles(double min, double q1, double median, double q3, double max) {
    public static Quartiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quartiles(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
                sorted[sorted.length - 1]);
    }

    private static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
