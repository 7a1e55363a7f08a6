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
 */
public record WhosaidModel(List<String> labels, List<String> families, Speakers speakers, FeatureSpace space,
                           Scorer scorer, Calibration calibration,
                           VoiceChain chain, FrameModel frame, ModelMetadata metadata) {
    public WhosaidModel {
        labels = List.copyOf(labels);
        families = List.copyOf(families);
    }

    /** A model without frame decoding: with context, it decodes by the voice chain alone. */
    public WhosaidModel(List<String> labels, List<String> families, Speakers speakers, FeatureSpace space,
                        Scorer scorer, Calibration calibration, VoiceChain chain, ModelMetadata metadata) {
        this(labels, families, speakers, space, scorer, calibration, chain, null, metadata);
    }
}
