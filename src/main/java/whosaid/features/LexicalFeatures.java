package whosaid.features;

import java.util.List;

/**
 * Word unigrams and bigrams, lower-cased, with the speakers' names masked (a sentence about Trotsky must not read as
 * Trotsky's), as log term frequencies; the feature space applies IDF and normalises them.
 */
public final class LexicalFeatures implements FeatureExtractor {
    @Override
    public String family() {
        return "lexical";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        List<String> words = passage.get(index).maskedWords();
        int previous = 0;
        for (int i = 0; i < words.size(); i++) {
            int h = FeatureIds.hash(FeatureIds.SEED, words.get(i));
            sink.add(FeatureIds.id(FeatureIds.WORD, FeatureIds.mix(h, 1)), 1);
            if (i > 0) {
                // FNV's xor-then-multiply of two hashes would not tell "a b" from "b a": chain the words in order
                int bigram = FeatureIds.mix(FeatureIds.mix(FeatureIds.mix(FeatureIds.SEED, previous), ' '), h);
                sink.add(FeatureIds.id(FeatureIds.WORD, FeatureIds.mix(bigram, 2)), 1);
            }
            previous = h;
        }
        sink.logScale(FeatureIds.WORD);
    }
}
