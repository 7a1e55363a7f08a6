package whosaid.model;

import java.util.List;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import whosaid.features.FeatureSpace;
import whosaid.features.SparseVector;

/**
 * A Weka classifier that is not log-linear (a tree, a one-against-the-rest ensemble), asked unit by unit. Weka
 * classifiers are not safe to share between threads, so each thread asks its own copy.
 */
public final class WekaScorer implements Scorer {
    private final Classifier classifier;
    private final Instances header;
    private final ThreadLocal<Classifier> copies;

    /** @param header the dataset header the classifier was trained with */
    public WekaScorer(Classifier classifier, Instances header) {
        this.classifier = classifier;
        this.header = header;
        this.copies = ThreadLocal.withInitial(() -> copy(classifier));
    }

    /** A classifier read from a model file, over the header its dictionary and labels give. */
    public static WekaScorer of(Classifier classifier, FeatureSpace space, List<String> labels) {
        return new WekaScorer(classifier, WekaBridge.header(space, labels));
    }

    /** The trained classifier itself, for the model file. */
    public Classifier classifier() {
        return classifier;
    }

    @Override
    public double[] posteriors(SparseVector v) {
        return LinearScorer.distribution(copies.get(), header, v);
    }

    private static Classifier copy(Classifier classifier) {
        try {
            return AbstractClassifier.makeCopy(classifier);
        } catch (Exception e) {
            throw new IllegalStateException("cannot copy the model's classifier", e);
        }
    }
}
