package whosaid.train;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LibLINEAR;
import weka.core.Utils;
import whosaid.io.BadInputException;

/** Weka classifiers from the specs users write ("weka.classifiers.bayes.NaiveBayesMultinomial", with options). */
public final class Classifiers {
    /**
     * Multinomial naive Bayes: fast on sparse text features, and log-linear, so labeling scores it with one dot
     * product; its probabilities are calibrated by a temperature. The model card (models/README.md) compares it
     * with the other classifiers on held-out works.
     */
    public static final String DEFAULT = "weka.classifiers.bayes.NaiveBayesMultinomial";
    /** The bag-of-words baseline every figure is reported beside. */
    public static final String NAIVE_BAYES = "weka.classifiers.bayes.NaiveBayesMultinomial";

    private Classifiers() {
    }

    public static Classifier forSpec(String spec) {
        try {
            String[] parts = Utils.splitOptions(spec);
            if (parts.length == 0) {
                throw new BadInputException("--classifier: empty classifier spec");
            }
            String name = parts[0];
            parts[0] = "";
            if (name.equals(LibLINEAR.class.getName()) && !java.util.Arrays.asList(parts).contains("-W")) {
                // the wrapper prints to stdout when given no class weights; balance() sets the real ones
                parts = java.util.stream.Stream.concat(java.util.Arrays.stream(parts), java.util.stream.Stream.of("-W", "1"))
                        .toArray(String[]::new);
            }
            return AbstractClassifier.forName(name, parts);
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) {
            throw new BadInputException("--classifier '" + spec + "': " + e.getMessage(), e);
        }
    }

    /**
     * Makes every label count equally: LIBLINEAR takes per-class cost weights, other classifiers instance weights.
     *
     * @return the weight each training instance of a label should carry
     */
    static double[] balance(Classifier classifier, int[] counts) {
        int total = 0;
        int present = 0;
        for (int c : counts) {
            total += c;
            present += c > 0 ? 1 : 0;
        }
        double[] weights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i] == 0 ? 1 : total / (double) (present * counts[i]);
        }
        if (classifier instanceof LibLINEAR liblinear) {
            StringBuilder w = new StringBuilder();
            for (double weight : weights) {
                w.append(w.length() == 0 ? "" : " ").append(weight);
            }
            liblinear.setWeights(w.toString());
            java.util.Arrays.fill(weights, 1);
        }
        return weights;
    }
}
