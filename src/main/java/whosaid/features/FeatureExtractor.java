package whosaid.features;

import java.util.List;

/** One family of features: reads a unit (and, if it wants, its neighbours) and adds named values to a sink. */
public interface FeatureExtractor {
    /** The family name, as used by {@code --features} and the model card's ablation table. */
    String family();

    void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink);
}
