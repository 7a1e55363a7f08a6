package whosaid.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy against coverage: at each confidence threshold, the share of units the model is at least that sure of
 * and how often it is right on them, so that a user can pick the threshold below which labels go to a person.
 */
public final class Coverage {
    /** 0.0 keeps everything; with four labels a unit's top probability is never below 0.25, hence no 0.1 or 0.2. */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);

    private final long[] kept = new long[THRESHOLDS.size()];
    private final long[] correct = new long[THRESHOLDS.size()];
    private long total;

    /** One unit's confidence in its predicted label, and whether that label was right. */
    public void add(double confidence, boolean right) {
        total++;
        for (int t = 0; t < THRESHOLDS.size(); t++) {
            if (confidence >= THRESHOLDS.get(t)) {
                kept[t]++;
                correct[t] += right ? 1 : 0;
            }
        }
    }

    public long total() {
        return total;
    }

    /**
     * @param kept units whose confidence reaches the threshold
     * @param coverage their share of all units
     * @param accuracy the share of them labeled right (0 if none is kept)
     */
    public record Point(double threshold, long kept, double coverage, double accuracy) {
    }

    public List<Point> points() {
        List<Point> points = new ArrayList<>(THRESHOLDS.size());
        for (int t = 0; t < THRESHOLDS.size(); t++) {
            points.add(new Point(THRESHOLDS.get(t), kept[t], total == 0 ? 0 : kept[t] / (double) total,
                    kept[t] == 0 ? 0 : correct[t] / (double) kept[t]));
        }
        return points;
    }
}
