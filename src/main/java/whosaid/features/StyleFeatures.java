package whosaid.features;

import java.util.List;

/**
 * How a unit is written rather than what it is about: punctuation rates, length and capitals, computed with the
 * speakers' names masked. (Function words and character n-grams are families of their own.)
 */
public final class StyleFeatures implements FeatureExtractor {
    private static final String PUNCTUATION = ",;:.!?—–-()[]\"“”'’…";
    private static final int[] PUNCTUATION_IDS = PUNCTUATION.chars().map(c -> FeatureIds.named("p:" + (char) c)).toArray();

    @Override
    public String family() {
        return "style";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        List<String> words = unit.maskedWords();
        double n = Math.max(1, words.size());
        String text = unit.maskedText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                sink.add(PUNCTUATION_IDS[PUNCTUATION.indexOf(c)], 1 / n);
            }
        }
        double meanWordLength = words.stream().mapToInt(String::length).sum() / n;
        sink.set("len:words_log", Math.log1p(words.size()) / 5);
        sink.set("len:mean_word", meanWordLength / 10);
        sink.set("len:bucket_" + lengthBucket(words.size()), 1);
        String original = unit.unit().text();
        int capitalized = 0;
        for (int i = 0; i < original.length(); i++) {
            if (Character.isUpperCase(original.charAt(i))) {
                capitalized++;
            }
        }
        sink.set("len:capitals", capitalized / n);
    }

    private static String lengthBucket(int words) {
        if (words <= 3) {
            return "tiny";
        }
        if (words <= 10) {
            return "short";
        }
        if (words <= 25) {
            return "medium";
        }
        return words <= 45 ? "long" : "very_long";
    }
}
