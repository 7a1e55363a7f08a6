package whosaid.train;

import whosaid.features.Featurizer.Featurized;

/** A labeled passage with its raw features, computed once and reused by every fold that trains or tests on it. */
public record FeaturizedPassage(LabeledPassage passage, Featurized featurized) {
}
