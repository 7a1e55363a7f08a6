package whosaid.decode;

import java.util.Arrays;
import whosaid.Argmax;

/**
 * Reads a passage's unit emissions as a hidden Markov chain of voices ({@link VoiceChain}): Viterbi gives the most
 * likely label sequence, forward-backward the probability of each label at each unit given the whole passage.
 * Cost is linear in the passage: a constant amount of work per unit.
 */
public final class SequenceDecoder {
    private static final double FLOOR = 1e-12;

    private SequenceDecoder() {
    }

    /** The decoded path and, for each unit, the marginal probability of every label. */
    public record Decoding(int[] path, double[][] marginals) {
    }

    public static Decoding decode(double[][] emissions, boolean[] breaks, VoiceChain chain) {
        return decode(emissions, breaks, null, chain);
    }

    /**
     * @param emissions each unit's calibrated probabilities, before the chain's offsets and passage mix
     * @param breaks whether each unit opens a new paragraph (the first unit's entry is ignored)
     * @param fixed units a quotation sieve decided, which the passage's mix leaves alone (null: none)
     */
    public static Decoding decode(double[][] emissions, boolean[] breaks, boolean[] fixed, VoiceChain chain) {
        if (emissions.length == 0) {
            return new Decoding(new int[0], new double[0][]);
        }
        double[][] prepared = chain.prepare(emissions, fixed);
        return new Decoding(viterbi(prepared, breaks, chain), marginals(prepared, breaks, chain));
    }

    /** Only the most likely path: what fitting the chain needs, without the marginals. */
    public static int[] path(double[][] emissions, boolean[] breaks, boolean[] fixed, VoiceChain chain) {
        return emissions.length == 0 ? new int[0] : viterbi(chain.prepare(emissions, fixed), breaks, chain);
    }

    private static int[] viterbi(double[][] emissions, boolean[] breaks, VoiceChain chain) {
        int n = emissions.length;
        int k = chain.labels();
        double[][] logWithin = logTransitions(chain, false);
        double[][] logAcross = logTransitions(chain, true);
        double[] score = new double[k];
        double[] next = new double[k];
        int[][] back = new int[n][k];
        for (int y = 0; y < k; y++) {
            score[y] = log(emissions[0][y]);
        }
        for (int t = 1; t < n; t++) {
            double[][] logT = breaks[t] ? logAcross : logWithin;
            for (int y = 0; y < k; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int from = 0; from < k; from++) {
                    double s = score[from] + logT[from][y];
                    if (s > best) {
                        best = s;
                        arg = from;
                    }
                }
                next[y] = best + log(emissions[t][y]);
                back[t][y] = arg;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int[] path = new int[n];
        path[n - 1] = Argmax.of(score);
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }

    /** Scaled forward-backward: each step is normalised, so long passages do not underflow. */
    private static double[][] marginals(double[][] emissions, boolean[] breaks, VoiceChain chain) {
        int n = emissions.length;
        int k = chain.labels();
        double[][] within = transitions(chain, false);
        double[][] across = transitions(chain, true);
        double[][] alpha = new double[n][k];
        double[][] beta = new double[n][k];
        for (int y = 0; y < k; y++) {
            alpha[0][y] = Math.max(emissions[0][y], FLOOR);
        }
        normalize(alpha[0]);
        for (int t = 1; t < n; t++) {
            double[][] tm = breaks[t] ? across : within;
            for (int y = 0; y < k; y++) {
                double sum = 0;
                for (int from = 0; from < k; from++) {
                    sum += alpha[t - 1][from] * tm[from][y];
                }
                alpha[t][y] = sum * Math.max(emissions[t][y], FLOOR);
            }
            normalize(alpha[t]);
        }
        Arrays.fill(beta[n - 1], 1.0);
        for (int t = n - 2; t >= 0; t--) {
            double[][] tm = breaks[t + 1] ? across : within;
            for (int y = 0; y < k; y++) {
                double sum = 0;
                for (int to = 0; to < k; to++) {
                    sum += tm[y][to] * Math.max(emissions[t + 1][to], FLOOR) * beta[t + 1][to];
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

    private static double[][] transitions(VoiceChain chain, boolean paragraphBreak) {
        int k = chain.labels();
        double[][] tm = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                tm[a][b] = chain.transition(a, b, paragraphBreak);
            }
        }
        return tm;
    }

    private static double[][] logTransitions(VoiceChain chain, boolean paragraphBreak) {
        double[][] tm = transitions(chain, paragraphBreak);
        for (double[] row : tm) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.log(row[i]);
            }
        }
        return tm;
    }

    private static double log(double p) {
        return Math.log(Math.max(p, FLOOR));
    }

    private static void normalize(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        if (sum <= 0) {
            Arrays.fill(row, 1.0 / row.length);
            return;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] /= sum;
        }
    }
}
