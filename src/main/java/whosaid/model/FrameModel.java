package whosaid.model;

import whosaid.decode.FrameParameters;

/**
 * What a model needs to decode passages by frame and insertion: the document-level classifier, the decoding
 * parameters, and how often a heading line is "anyone else" (headings are labeled by rule).
 *
 * @param headingProbability the probability printed for a heading's label: the rule's precision on the hand-labeled
 *     training passages, smoothed (a heading says too little for the classifiers to judge)
 */
public record FrameModel(FrameClassifier classifier, FrameParameters parameters, double headingProbability) {
    public FrameModel {
        if (!(headingProbability > 0 && headingProbability < 1)) {
            throw new IllegalArgumentException("a heading probability of " + headingProbability);
        }
    }

    public FrameModel with(FrameClassifier c, FrameParameters p) {
        return new FrameModel(c, p, headingProbability);
    }
}
