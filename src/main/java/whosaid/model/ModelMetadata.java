package whosaid.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a model file says about itself: what made it, from what data, how, and what training measured.
 * It holds no date, so that the same data and seed give the same bytes.
 *
 * @param unitsPerLabel training units per label (after quotations were left out of weak labels)
 * @param options the training options as given ("classifier", "seed", "features", ...)
 * @param scores figures measured while training (for example the fitted temperature)
 * @param texts fingerprints of the training units' texts, so that evaluation can tell memory from accuracy
 */
public record ModelMetadata(String whosaidVersion, String wekaVersion, List<DataFile> data, Map<String, Integer> unitsPerLabel,
                            Map<String, String> options, Map<String, Double> scores, TrainingTexts texts) {
    public ModelMetadata(String whosaidVersion, String wekaVersion, List<DataFile> data,
                         Map<String, Integer> unitsPerLabel, Map<String, String> options, Map<String, Double> scores) {
        this(whosaidVersion, wekaVersion, data, unitsPerLabel, options, scores, TrainingTexts.NONE);
    }

    public ModelMetadata {
        java.util.Objects.requireNonNull(texts, "texts");
        data = List.copyOf(data);
        // sorted maps: the model file must come out byte-identical for the same data and seed
        unitsPerLabel = Collections.unmodifiableMap(new TreeMap<>(unitsPerLabel));
        options = Collections.unmodifiableMap(new TreeMap<>(options));
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    public ModelMetadata withScores(Map<String, Double> newScores, TrainingTexts newTexts) {
        return new ModelMetadata(whosaidVersion, wekaVersion, data, unitsPerLabel, options, newScores, newTexts);
    }

    /** One training input, with a hash so that a model card can be tied to the exact data. */
    public record DataFile(String path, String sha256, int units) {
    }
}
