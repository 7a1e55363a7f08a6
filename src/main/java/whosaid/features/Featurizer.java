package whosaid.features;

import java.util.List;
import java.util.Map;
import whosaid.text.Unit;

/** Analyses the units of one passage and extracts the raw named features of each: the model-free half of labeling. */
public final class Featurizer {
    private final Analyzer analyzer;
    private final FeaturePipeline pipeline;

    public Featurizer(Speakers speakers, List<String> families) {
        this.analyzer = new Analyzer(speakers);
        this.pipeline = FeaturePipeline.of(families);
    }

    public Featurized featurize(List<Unit> units) {
        List<AnalyzedUnit> analyzed = analyzer.analyze(units);
        return new Featurized(analyzed, pipeline.extract(analyzed));
    }

    /** The analysed units of a passage and their raw features, index by index. */
    public record Featurized(List<AnalyzedUnit> units, List<Map<String, Double>> features) {
    }
}
