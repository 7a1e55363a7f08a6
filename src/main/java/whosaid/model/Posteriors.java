package whosaid.model;

import weka.classifiers.Classifier;
import whosaid.features.SparseVector;

/** The classifier's probability for each label of one unit, before calibration. */
public final class Posteriors {
    private Posteriors() {
    }

    static double[] of(WhosaidModel model, whosaid.features.SparseFeatures features) {
        return of(model, model.classifier(), features);
    }

    /** With an explicit classifier copy, so each thread can use its own. */
    public static double[] of(WhosaidModel model, Classifier classifier, whosaid.features.SparseFeatures features) {
        SparseVector v = model.space().vectorize(features);
        try {
            return classifier.distributionForInstance(WekaBridge.instance(model.header(), v, -1, 1));
        } catch (Exception e) {
            throw new IllegalStateException("classifier failed: " + e.getMessage(), e);
        }
    }
}
