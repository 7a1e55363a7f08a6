package whosaid.train;

import whosaid.features.SparseFeatures;
import whosaid.model.WhosaidModel;

/** The classifier's probability for each label of one unit, before calibration. */
public final class Posteriors {
    private Posteriors() {
    }

    public static double[] of(WhosaidModel model, SparseFeatures features) {
        return model.scorer().posteriors(model.space().vectorize(features));
    }
}
