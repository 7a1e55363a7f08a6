package whosaid.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word unigrams and bigrams, lower-cased, as log term frequencies (the feature space applies IDF). */
public final class LexicalFeatures implements FeatureExtractor {
    public static final String UNIGRAM = "w:";
    public static final String BIGRAM = "b:";

    @Override
    public String family() {
        return "lexical";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        List<String> words = passage.get(index).words();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            counts.merge(UNIGRAM + words.get(i), 1, Integer::sum);
            if (i > 0) {
                counts.merge(BIGRAM + words.get(i - 1) + "_" + words.get(i), 1, Integer::sum);
            }
        }
        counts.forEach((name, n) -> sink.set(name, 1 + Math.log(n)));
    }
}
