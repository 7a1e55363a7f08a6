package whosaid.features;

import java.util.List;
import whosaid.text.Speakers;
import whosaid.text.Unit;

/** Analyses the units of one passage and extracts the raw named features of each: the model-free half of labeling. */
public final class Featurizer {
    private final Analyzer analyzer;
    private final FeaturePipeline pipeline;

    public Featurizer(Speakers speakers, List<String> families) {
        this(speakers, families, java.util.Set.of());
    }

    /**
     * @param sievesOff quotation sieves switched off: they change the units' cues, never their features (the
     *     classifier does not see the sieves' verdicts)
     */
    public Featurizer(Speakers speakers, List<String> families, java.util.Set<whosaid.quote.Sieve> sievesOff) {
        this.analyzer = new Analyzer(speakers, new whosaid.quote.QuoteSieves(speakers, sievesOff));
        this.pipeline = FeaturePipeline.of(families);
    }

    public Featurized featurize(List<Unit> units) {
        List<AnalyzedUnit> analyzed = analyze(units);
        return new Featurized(analyzed, pipeline.extract(analyzed));
    }

    public List<AnalyzedUnit> analyze(List<Unit> units) {
        return analyzer.analyze(units);
    }

    /** The features of one analysed unit that a model's dictionary knows: what labeling reads. */
    public KnownFeatures known(List<AnalyzedUnit> analyzed, int index, FeatureSpace space) {
        return pipeline.extractKnown(analyzed, index, space);
    }

    /** The analysed units of a passage and their raw features, index by index. */
    public record Featurized(List<AnalyzedUnit> units, List<SparseFeatures> features) {
    }
}
