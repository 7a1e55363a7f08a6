package whosaid.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import whosaid.features.SparseVector;

/**
 * A log-linear classifier read out of a trained Weka one: the probability of label {@code c} is proportional to
 * {@code exp(bias[c] + sum_j x_j * weights[j][c])}. Labeling is then one dot product per unit, with no Weka instance
 * and no copy of the classifier per thread.
 *
 * <p>The weights are found by asking the classifier itself: its posteriors for an empty unit give the biases, and
 * for a unit holding one attribute at 1 that attribute's weights (up to a constant per attribute, which the
 * normalisation cancels). Multinomial Naive Bayes and logistic regression are log-linear, so this is exact up to
 * rounding; a classifier that is not is caught by {@link #agrees} and kept as it is.
 *
 * @param weights attribute-major: {@code weights[j * labels + c]}
 * @param bias one per label
 */
public record LinearScorer(double[] weights, double[] bias) implements Scorer {
    /** How far the read-out posteriors may stray from the classifier's before it counts as not log-linear. */
    static final double TOLERANCE = 1e-9;

    public LinearScorer {
        if (bias.length == 0 || weights.length % bias.length != 0) {
            throw new IllegalArgumentException(weights.length + " weights do not fill rows of " + bias.length + " labels");
        }
        weights = weights.clone();
        bias = bias.clone();
    }

    public int labels() {
        return bias.length;
    }

    public int attributes() {
        return weights.length / bias.length;
    }

    @Override
    public double[] posteriors(SparseVector v) {
        int k = bias.length;
        double[] score = DotProducts.scores(weights, bias, v);
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            score[c] = Math.exp(score[c] - max);
            sum += score[c];
        }
        for (int c = 0; c < k; c++) {
            score[c] /= sum;
        }
        return score;
    }

    /** The classifier's log-linear form, or empty if its posteriors cannot be read as one. */
    public static Optional<LinearScorer> readOut(Classifier classifier, Instances header) {
        int labels = header.numClasses();
        int attributes = header.numAttributes() - 1;
        double[] bias = log(distribution(classifier, header, new SparseVector(new int[0], new double[0])));
        double[] weights = new double[attributes * labels];
        int[] one = new int[1];
        double[] unit = {1};
        for (int j = 0; j < attributes; j++) {
            one[0] = j;
            double[] p = log(distribution(classifier, header, new SparseVector(one, unit)));
            for (int c = 0; c < labels; c++) {
                weights[j * labels + c] = p[c] - bias[c];
            }
        }
        boolean finite = Arrays.stream(bias).allMatch(Double::isFinite) && Arrays.stream(weights).allMatch(Double::isFinite);
        return finite ? Optional.of(new LinearScorer(weights, bias)) : Optional.empty();
    }

    /** Whether this scorer gives the classifier's posteriors on every vector, to {@link #TOLERANCE}. */
    public boolean agrees(Classifier classifier, Instances header, List<SparseVector> vectors) {
        for (SparseVector v : vectors) {
            double[] theirs = distribution(classifier, header, v);
            double[] ours = posteriors(v);
            for (int c = 0; c < ours.length; c++) {
                if (!(Math.abs(theirs[c] - ours[c]) <= TOLERANCE)) {
                    return false;
                }
            }
        }
        return true;
    }

    static double[] distribution(Classifier classifier, Instances header, SparseVector v) {
        Instance instance = WekaBridge.instance(header, v, -1, 1);
        try {
            return classifier.distributionForInstance(instance);
        } catch (Exception e) {
            throw new IllegalStateException("classifier failed: " + e.getMessage(), e);
        }
    }

    private static double[] log(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(p[i]);
        }
        return out;
    }
}
