package whosaid.model;

import java.util.List;
import whosaid.features.SparseVector;

/**
 * The document-level classifier behind a passage's frame voice: a linear model over pooled word, character and
 * function-word features ({@link whosaid.features.PooledFeatures}) of whole paragraphs or sections, as authorship
 * attribution reads a document, not a sentence.
 *
 * <p>It may know more classes than the model has voices: "anyone else" is many writers (an encyclopedia,
 * Plekhanov, Kautsky ...), and each of them is trained as a class of its own so that one boundary need not wrap
 * them all; {@code voiceOf} maps every class back to its voice, whose probability is the sum of its classes'.
 *
 * @param weights attributes × classes, row-major
 * @param bias one per class
 * @param classes the trained classes ("Lenin", "narrator/wikipedia", ...)
 * @param voiceOf the model label index of each class
 * @param temperature divides the scores before the softmax; fitted on documents of works the classifier never saw
 */
public record FrameClassifier(double[] weights, double[] bias, List<String> classes, int[] voiceOf,
                              double temperature) {
    public FrameClassifier {
        classes = List.copyOf(classes);
        if (bias.length != classes.size() || voiceOf.length != classes.size() || weights.length % classes.size() != 0) {
            throw new IllegalArgumentException("frame classifier of " + weights.length + " weights, " + bias.length
                    + " biases, " + voiceOf.length + " voices for " + classes.size() + " classes");
        }
        if (!(temperature > 0 && temperature < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a frame temperature of " + temperature);
        }
    }

    public int attributes() {
        return weights.length / classes.size();
    }

    public FrameClassifier withTemperature(double t) {
        return new FrameClassifier(weights, bias, classes, voiceOf, t);
    }

    /** The raw score of each class for a pooled document vector. */
    public double[] scores(SparseVector document) {
        return DotProducts.scores(weights, bias, document);
    }

    /** The probability of each of {@code voices} voices for a pooled document vector. */
    public double[] voices(SparseVector document, int voices) {
        return voices(scores(document), voices, temperature);
    }

    /**
     * Class scores to voice probabilities at a temperature: a softmax over classes, each voice the sum of its
     * classes' (the narrator a mixture of its writers).
     */
    public double[] voices(double[] scores, int voices, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : scores) {
            max = Math.max(max, z);
        }
        double[] p = new double[voices];
        double sum = 0;
        for (int y = 0; y < scores.length; y++) {
            double e = Math.exp((scores[y] - max) / t);
            p[voiceOf[y]] += e;
            sum += e;
        }
        for (int v = 0; v < voices; v++) {
            p[v] /= sum;
        }
        return p;
    }
}
