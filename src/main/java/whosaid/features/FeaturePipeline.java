package whosaid.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The feature families a model uses, applied in order to every unit of a passage. */
public final class FeaturePipeline {
    private static final Map<String, FeatureExtractor> FAMILIES = new LinkedHashMap<>();

    static {
        for (FeatureExtractor e : List.of(new DistortedCharFeatures(), new FunctionWordFeatures(),
                new LexicalFeatures(), new StyleFeatures(), new DiscourseFeatures(), new CueFeatures(),
                new ContextFeatures())) {
            FAMILIES.put(e.family(), e);
        }
    }

    private final List<FeatureExtractor> extractors;

    private FeaturePipeline(List<FeatureExtractor> extractors) {
        this.extractors = extractors;
    }

    /** Every family whosaid knows, in their fixed order. */
    public static Set<String> allFamilies() {
        return FAMILIES.keySet();
    }

    public static FeaturePipeline of(Collection<String> families) {
        List<FeatureExtractor> chosen = new ArrayList<>();
        for (String family : families) {
            FeatureExtractor e = FAMILIES.get(family);
            if (e == null) {
                throw new whosaid.io.BadInputException("unknown feature family '" + family + "' (known: "
                        + String.join(", ", FAMILIES.keySet()) + ")");
            }
            chosen.add(e);
        }
        return new FeaturePipeline(List.copyOf(chosen));
    }

    private static final ThreadLocal<FeatureSink> SINK = ThreadLocal.withInitial(FeatureSink::new);

    /** The raw features of every unit of one analysed passage. */
    public List<SparseFeatures> extract(List<AnalyzedUnit> passage) {
        List<SparseFeatures> features = new ArrayList<>(passage.size());
        for (int i = 0; i < passage.size(); i++) {
            features.add(extract(passage, i));
        }
        return features;
    }

    /** The raw features of one unit of an analysed passage. */
    public SparseFeatures extract(List<AnalyzedUnit> passage, int index) {
        return fill(passage, index).toFeatures();
    }

    /** The features of one unit of an analysed passage that a dictionary knows (labeling needs no others). */
    public KnownFeatures extractKnown(List<AnalyzedUnit> passage, int index, FeatureSpace space) {
        return fill(passage, index).toKnown(space);
    }

    private FeatureSink fill(List<AnalyzedUnit> passage, int index) {
        FeatureSink sink = SINK.get();
        sink.clear();
        for (FeatureExtractor e : extractors) {
            e.extract(passage, index, sink);
        }
        return sink;
    }
}
