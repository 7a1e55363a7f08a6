package whosaid.decode;

/**
 * Reads a passage's unit posteriors as emissions of a hidden Markov chain of voices: Viterbi gives the most likely
 * label sequence, forward-backward the probability of each label at each unit given the whole passage.
 *
 * <p>Posteriors of a classifier trained with balanced classes are proportional to likelihoods, so they serve as
 * emissions directly.
 */
public final class SequenceDecoder {
    private static final double FLOOR = 1e-12;

    private SequenceDecoder() {
    }

    /** The decoded path and, for each unit, the marginal probability of every label. */
    public record Decoding(int[] path, double[][] marginals) {
    }

    public static Decoding decode(double[][] emissions, TransitionMatrix transitions) {
        int n = emissions.length;
        int k = transitions.labels();
        if (n == 0) {
            return new Decoding(new int[0], new double[0][]);
        }
        return new Decoding(viterbi(emissions, transitions, n, k), marginals(emissions, transitions, n, k));
    }

    private static int[] viterbi(double[][] emissions, TransitionMatrix tm, int n, int k) {
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        for (int y = 0; y < k; y++) {
            score[0][y] = Math.log(tm.initial()[y]) + log(emissions[0][y]);
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < k; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int from = 0; from < k; from++) {
                    double s = score[t - 1][from] + tm.weight() * Math.log(tm.next()[from][y]);
                    if (s > best) {
                        best = s;
                        arg = from;
                    }
                }
                score[t][y] = best + log(emissions[t][y]);
                back[t][y] = arg;
            }
        }
        int[] path = new int[n];
        path[n - 1] = argmax(score[n - 1]);
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }

    /** Scaled forward-backward: each step is normalised, so long passages do not underflow. */
    private static double[][] marginals(double[][] emissions, TransitionMatrix weighted, int n, int k) {
        TransitionMatrix tm = powered(weighted);
        double[][] alpha = new double[n][k];
        double[][] beta = new double[n][k];
        for (int y = 0; y < k; y++) {
            alpha[0][y] = tm.initial()[y] * Math.max(emissions[0][y], FLOOR);
        }
        normalize(alpha[0]);
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < k; y++) {
                double sum = 0;
                for (int from = 0; from < k; from++) {
                    sum += alpha[t - 1][from] * tm.next()[from][y];
                }
                alpha[t][y] = sum * Math.max(emissions[t][y], FLOOR);
            }
            normalize(alpha[t]);
        }
        java.util.Arrays.fill(beta[n - 1], 1.0);
        for (int t = n - 2; t >= 0; t--) {
            for (int y = 0; y < k; y++) {
                double sum = 0;
                for (int to = 0; to < k; to++) {
                    sum += tm.next()[y][to] * Math.max(emissions[t + 1][to], FLOOR) * beta[t + 1][to];
                }
                beta[t][y] = sum;
            }
            normalize(beta[t]);
        }
        double[][] marginals = new double[n][k];
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < k; y++) {
                marginals[t][y] = alpha[t][y] * beta[t][y];
            }
            normalize(marginals[t]);
        }
        return marginals;
    }

    /** The transition rows raised to the matrix's weight and renormalised, so marginals agree with Viterbi. */
    private static TransitionMatrix powered(TransitionMatrix tm) {
        if (tm.weight() == 1) {
            return tm;
        }
        double[][] next = new double[tm.labels()][];
        for (int a = 0; a < next.length; a++) {
            next[a] = new double[tm.labels()];
            for (int b = 0; b < next.length; b++) {
                next[a][b] = Math.pow(tm.next()[a][b], tm.weight());
            }
            normalize(next[a]);
        }
        return new TransitionMatrix(tm.initial(), next, 1);
    }

    private static double log(double p) {
        return Math.log(Math.max(p, FLOOR));
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void normalize(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        if (sum <= 0) {
            java.util.Arrays.fill(row, 1.0 / row.length);
            return;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] /= sum;
        }
    }
}
