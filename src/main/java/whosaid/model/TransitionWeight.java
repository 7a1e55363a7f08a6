package whosaid.model;

import java.util.List;
import whosaid.decode.Calibration;
import whosaid.decode.SequenceDecoder;
import whosaid.decode.TransitionMatrix;

/**
 * Fits how much sequence decoding may overrule each unit's own evidence, on held-out hand-labeled passages.
 *
 * <p>The weight is chosen for balanced accuracy (mean recall over labels), not accuracy: a weight that wins accuracy
 * by smoothing a two-sentence Lenin quotation into the surrounding Trotsky is not progress. Ties go to the smaller
 * weight.
 */
final class TransitionWeight {
    private static final double[] WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

    private TransitionWeight() {
    }

    static double fit(List<List<Calibration.HeldOut>> sequences, Calibration calibration,
                      TransitionMatrix transitions, int labels) {
        double best = 0;
        double bestScore = -1;
        for (double weight : WEIGHTS) {
            long[] correct = new long[labels];
            long[] support = new long[labels];
            TransitionMatrix weighted = transitions.withWeight(weight);
            for (List<Calibration.HeldOut> sequence : sequences) {
                double[][] emissions = new double[sequence.size()][];
                for (int t = 0; t < emissions.length; t++) {
                    emissions[t] = calibration.apply(sequence.get(t).posteriors(), sequence.get(t).quotedLabel());
                }
                int[] path = SequenceDecoder.decode(emissions, weighted).path();
                for (int t = 0; t < path.length; t++) {
                    int truth = sequence.get(t).truth();
                    support[truth]++;
                    correct[truth] += path[t] == truth ? 1 : 0;
                }
            }
            double score = balancedAccuracy(correct, support);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = weight;
            }
        }
        return best;
    }

    private static double balancedAccuracy(long[] correct, long[] support) {
        double sum = 0;
        int present = 0;
        for (int i = 0; i < support.length; i++) {
            if (support[i] > 0) {
                sum += correct[i] / (double) support[i];
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }
}
