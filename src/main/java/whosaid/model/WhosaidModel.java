package whosaid.model;

import java.util.List;
import whosaid.decode.Calibration;
import whosaid.decode.VoiceChain;
import whosaid.features.FeatureSpace;
import whosaid.text.Speakers;

/**
 * Everything needed to label text: the classifier (as a log-linear scorer when it is one), the feature families
 * and dictionary, the speakers' names, the label set, the calibration and the voice chain for decoding, and
 * metadata; and, when it decodes by frame and insertion, the frame model (null otherwise).
 *
 * @param otherLabel which of the labels stands for anyone who is none of the named voices (quotations of someone
 *     else take it); recorded in the model file, never assumed
 */
public record WhosaidModel(List<String> labels, List<String> families, Speakers speakers, FeatureSpace space,
                           Scorer scorer, Calibration calibration,
                           VoiceChain chain, FrameModel frame, ModelMetadata metadata, String otherLabel) {
    public WhosaidModel {
        labels = List.copyOf(labels);
        families = List.copyOf(families);
        if (!labels.contains(otherLabel)) {
            throw new IllegalArgumentException("the label for anyone else, '" + otherLabel + "', is not one of "
                    + labels);
        }
    }

    /** A model without frame decoding: with context, it decodes by the voice chain alone. */
    public WhosaidModel(List<String> labels, List<String> families, Speakers speakers, FeatureSpace space,
                        Scorer scorer, Calibration calibration, VoiceChain chain, ModelMetadata metadata,
                        String otherLabel) {
        this(labels, families, speakers, space, scorer, calibration, chain, null, metadata, otherLabel);
    }
}
