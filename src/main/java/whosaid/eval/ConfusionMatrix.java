package whosaid.eval;

import java.util.List;

/**
 * Counts of (gold, predicted) label pairs, and the figures computed from them: accuracy, per-label precision,
 * recall and F1, macro- and micro-F1, and Cohen's kappa. An accumulator in the manner of OpenNLP's {@code FMeasure}.
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final long[][] counts;
    private long total;

    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new long[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        counts[index(gold)][index(predicted)]++;
        total++;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "' (known: " + labels + ")");
        }
        return i;
    }

    public List<String> labels() {
        return labels;
    }

    public long count(String gold, String predicted) {
        return counts[index(gold)][index(predicted)];
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += counts[i][i];
        }
        return total == 0 ? 0 : correct / (double) total;
    }

    /** Gold units of a label. */
    public long support(String label) {
        long s = 0;
        for (long c : counts[index(label)]) {
            s += c;
        }
        return s;
    }

    public long predicted(String label) {
        int j = index(label);
        long s = 0;
        for (long[] row : counts) {
            s += row[j];
        }
        return s;
    }

    public double precision(String label) {
        long p = predicted(label);
        return p == 0 ? 0 : counts[index(label)][index(label)] / (double) p;
    }

    public double recall(String label) {
        long s = support(label);
        return s == 0 ? 0 : counts[index(label)][index(label)] / (double) s;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the labels that occur in gold or predictions (a label absent from both says nothing). */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (String label : labels) {
            if (support(label) > 0 || predicted(label) > 0) {
                sum += f1(label);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** With one label per unit, micro-averaged F1 equals accuracy. */
    public double microF1() {
        return accuracy();
    }

    /** Agreement beyond chance: (observed - expected) / (1 - expected). */
    public double kappa() {
        if (total == 0) {
            return 0;
        }
        double expected = 0;
        for (String label : labels) {
            expected += (support(label) / (double) total) * (predicted(label) / (double) total);
        }
        return expected == 1 ? 1 : (accuracy() - expected) / (1 - expected);
    }
}
