package whosaid.model;

import whosaid.decode.FrameParameters;

/**
 * What a model needs to decode passages by frame and insertion: the document-level classifier, the decoding
 * parameters, and how often a heading line is "anyone else" (headings are labeled by rule).
 *
 * @param headingProbability the probability printed for a heading's label: the rule's precision on the hand-labeled
 *     training passages, smoothed (a heading says too little for the classifiers to judge)
 * @param sieveProbabilities the probability printed for each quotation sieve's decision (by sieve id): its precision
 *     on held-out passages, smoothed toward all sieves' together; a sieve never seen there keeps the rule's own
 */
public record FrameModel(FrameClassifier classifier, FrameParameters parameters, double headingProbability,
                         java.util.Map<String, Double> sieveProbabilities) {
    public FrameModel {
        sieveProbabilities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sieveProbabilities));
        if (!(headingProbability > 0 && headingProbability < 1)) {
            throw new IllegalArgumentException("a heading probability of " + headingProbability);
        }
        for (var e : sieveProbabilities.entrySet()) {
            if (!(e.getValue() > 0 && e.getValue() < 1)) {
                throw new IllegalArgumentException("sieve " + e.getKey() + " with a probability of " + e.getValue());
            }
        }
    }

    public FrameModel with(FrameClassifier c, FrameParameters p, java.util.Map<String, Double> sieves) {
        return new FrameModel(c, p, headingProbability, sieves);
    }
}
