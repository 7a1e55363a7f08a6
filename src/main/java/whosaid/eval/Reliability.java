package whosaid.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether confidence means what it says: units binned by the confidence of their predicted label (ten bins of
 * width 0.1), each bin's mean confidence against its accuracy, and the expected calibration error, the
 * unit-weighted mean gap between the two (0 for a perfectly calibrated model).
 */
public final class Reliability {
    static final int BINS = 10;
    private final long[] count = new long[BINS];
    private final double[] confidence = new double[BINS];
    private final long[] correct = new long[BINS];
    private long total;

    public void add(double conf, boolean right) {
        int b = Math.min(BINS - 1, Math.max(0, (int) (conf * BINS)));
        count[b]++;
        confidence[b] += conf;
        correct[b] += right ? 1 : 0;
        total++;
    }

    /**
     * @param from the bin's lower edge
     * @param units units whose confidence falls in the bin
     * @param meanConfidence their mean confidence (NaN if none)
     * @param accuracy how often they are right (NaN if none)
     */
    public record Bin(double from, long units, double meanConfidence, double accuracy) {
    }

    public List<Bin> bins() {
        List<Bin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new Bin(b / (double) BINS, count[b], count[b] == 0 ? Double.NaN : confidence[b] / count[b],
                    count[b] == 0 ? Double.NaN : (double) correct[b] / count[b]));
        }
        return bins;
    }

    /** Expected calibration error; NaN with no units. */
    public double expectedCalibrationError() {
        if (total == 0) {
            return Double.NaN;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += (double) count[b] / total * Math.abs((double) correct[b] / count[b] - confidence[b] / count[b]);
            }
        }
        return ece;
    }
}
