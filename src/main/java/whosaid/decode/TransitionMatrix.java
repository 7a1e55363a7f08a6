package whosaid.decode;

import java.io.Serializable;
import java.util.List;

/**
 * How likely one voice follows another in a passage, learned from labeled passages.
 *
 * @param initial probability of each label opening a passage
 * @param next {@code next[a][b]}: probability that a unit of label {@code b} follows one of label {@code a}
 */
public record TransitionMatrix(double[] initial, double[][] next) implements Serializable {

    /** Counts transitions in label-index sequences, with add-{@code smoothing} so no move is impossible. */
    public static TransitionMatrix learn(List<int[]> sequences, int labels, double smoothing) {
        double[] initial = new double[labels];
        double[][] next = new double[labels][labels];
        java.util.Arrays.fill(initial, smoothing);
        for (double[] row : next) {
            java.util.Arrays.fill(row, smoothing);
        }
        for (int[] sequence : sequences) {
            if (sequence.length == 0) {
                continue;
            }
            initial[sequence[0]]++;
            for (int t = 1; t < sequence.length; t++) {
                next[sequence[t - 1]][sequence[t]]++;
            }
        }
        normalize(initial);
        for (double[] row : next) {
            normalize(row);
        }
        return new TransitionMatrix(initial, next);
    }

    /** Every label equally likely everywhere: decoding with it changes nothing. */
    public static TransitionMatrix uniform(int labels) {
        return learn(List.of(), labels, 1);
    }

    public int labels() {
        return initial.length;
    }

    private static void normalize(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] /= sum;
        }
    }
}
