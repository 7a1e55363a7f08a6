package whosaid.decode;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * How likely a voice goes on from one unit to the next, learned from labeled passages.
 *
 * <p>Only how long each voice tends to run is learned: the probability of staying with a label, from the counts
 * of the hand-labeled passages. Leaving a label is spread evenly over the others, and every label is equally
 * likely to open a passage. Learning the full matrix would also learn how common each voice was in those passages
 * (the seed is two-thirds Trotsky), and that prior would drown the short quotations of rarer voices that whosaid
 * exists to find.
 *
 * <p>How much the transitions count against the unit's own evidence is a weight fitted on held-out passages: 1 is
 * a plain hidden Markov model, 0 labels each unit alone.
 *
 * @param initial probability of each label opening a passage
 * @param next {@code next[a][b]}: probability that a unit of label {@code b} follows one of label {@code a}
 * @param weight the exponent the transition probabilities are raised to when decoding
 */
public record TransitionMatrix(double[] initial, double[][] next, double weight) implements Serializable {

    /** Stay probabilities from label-index sequences, add-{@code smoothing} on both staying and leaving. */
    public static TransitionMatrix learn(List<int[]> sequences, int labels, double smoothing) {
        double[] stays = new double[labels];
        double[] leaves = new double[labels];
        Arrays.fill(stays, smoothing);
        Arrays.fill(leaves, smoothing);
        for (int[] sequence : sequences) {
            for (int t = 1; t < sequence.length; t++) {
                if (sequence[t] == sequence[t - 1]) {
                    stays[sequence[t - 1]]++;
                } else {
                    leaves[sequence[t - 1]]++;
                }
            }
        }
        double[][] next = new double[labels][labels];
        for (int a = 0; a < labels; a++) {
            double stay = stays[a] / (stays[a] + leaves[a]);
            for (int b = 0; b < labels; b++) {
                next[a][b] = a == b ? stay : (1 - stay) / (labels - 1);
            }
        }
        double[] initial = new double[labels];
        Arrays.fill(initial, 1.0 / labels);
        return new TransitionMatrix(initial, next, 1);
    }

    public TransitionMatrix withWeight(double newWeight) {
        return new TransitionMatrix(initial, next, newWeight);
    }

    /** Every label equally likely everywhere: decoding with it changes nothing. */
    public static TransitionMatrix uniform(int labels) {
        double[][] next = new double[labels][labels];
        for (double[] row : next) {
            Arrays.fill(row, 1.0 / labels);
        }
        double[] initial = new double[labels];
        Arrays.fill(initial, 1.0 / labels);
        return new TransitionMatrix(initial, next, 1);
    }

    public int labels() {
        return initial.length;
    }
}
