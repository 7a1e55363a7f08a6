package whosaid.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 95% bootstrap intervals for accuracy, macro-F1 and each label's F1, resampling whole groups (works, passages)
 * with replacement, never single units: units of one work stand or fall together, so resampling them would make
 * the intervals far too narrow.
 */
public final class Bootstrap {
    static final int ROUNDS = 1000;
    private static final long SEED = 20261201L;

    private Bootstrap() {
    }

    public record Interval(double low, double high) {
    }

    /**
     * @param groups how many groups were resampled; with fewer than 2 there is no interval (all null)
     */
    public record Intervals(int groups, Interval accuracy, Interval macroF1, Map<String, Interval> f1) {
        public boolean defined() {
            return accuracy != null;
        }
    }

    /** The group of a prediction: its passage, or for a quotation span ("source@start-end") its source. */
    static String group(Prediction p) {
        int at = p.passage().lastIndexOf('@');
        return at < 0 ? p.passage() : p.passage().substring(0, at);
    }

    public static Intervals of(List<Prediction> predictions, List<String> labels) {
        Map<String, List<Prediction>> byGroup = new LinkedHashMap<>();
        predictions.forEach(p -> byGroup.computeIfAbsent(group(p), g -> new ArrayList<>()).add(p));
        List<List<Prediction>> groups = new ArrayList<>(byGroup.values());
        if (groups.size() < 2) {
            return new Intervals(groups.size(), null, null, Map.of());
        }
        Random random = new Random(SEED);
        double[] accuracy = new double[ROUNDS];
        double[] macro = new double[ROUNDS];
        double[][] f1 = new double[labels.size()][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ConfusionMatrix m = new ConfusionMatrix(labels);
            for (int i = 0; i < groups.size(); i++) {
                for (Prediction p : groups.get(random.nextInt(groups.size()))) {
                    m.add(p.gold(), p.predicted());
                }
            }
            accuracy[r] = m.accuracy();
            macro[r] = m.macroF1();
            for (int l = 0; l < labels.size(); l++) {
                // a resample without any unit of the label says nothing about its F1
                f1[l][r] = m.support(labels.get(l)) == 0 ? Double.NaN : m.f1(labels.get(l));
            }
        }
        Map<String, Interval> perLabel = new LinkedHashMap<>();
        for (int l = 0; l < labels.size(); l++) {
            perLabel.put(labels.get(l), interval(f1[l]));
        }
        return new Intervals(groups.size(), interval(accuracy), interval(macro), perLabel);
    }

    /** The 2.5th and 97.5th percentiles of the values that are defined; null if none is. */
    private static Interval interval(double[] values) {
        double[] sorted = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        return new Interval(sorted[(int) Math.floor(0.025 * (sorted.length - 1))],
                sorted[(int) Math.ceil(0.975 * (sorted.length - 1))]);
    }
}
