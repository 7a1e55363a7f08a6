package whosaid.model;

import whosaid.features.SparseVector;

/** The classifier's probability of each label for one unit's vector, before calibration. Thread-safe. */
public sealed interface Scorer permits LinearScorer, WekaScorer {
    double[] posteriors(SparseVector v);
}
