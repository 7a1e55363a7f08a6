package whosaid.model;

import java.io.Serializable;
import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Instances;
import whosaid.decode.Calibration;
import whosaid.decode.VoiceChain;
import whosaid.features.FeatureSpace;
import whosaid.text.Speakers;

/**
 * Everything needed to label text: the Weka classifier and the header it was trained with, the feature families
 * and dictionary, the speakers' names, the label set, the calibration and the voice chain for decoding, and
 * metadata.
 */
public record WhosaidModel(List<String> labels, List<String> families, Speakers speakers, FeatureSpace space,
                           Instances header, Classifier classifier, Calibration calibration,
                           VoiceChain chain, ModelMetadata metadata) implements Serializable {
    public WhosaidModel {
        labels = List.copyOf(labels);
        families = List.copyOf(families);
    }
}
