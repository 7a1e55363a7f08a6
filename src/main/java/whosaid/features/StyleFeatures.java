package whosaid.features;

import java.util.List;

/**
 * How a unit is written rather than what it is about: punctuation rates, length and capitals, computed with the
 * speakers' names masked. (Function words and character n-grams are families of their own.)
 */
public final class StyleFeatures implements FeatureExtractor {
    private static final String PUNCTUATION = ",;:.!?—–-()[]\"“”'’…";
    private static final int[] PUNCTUATION_IDS = PUNCTUATION.chars().map(c -> FeatureIds.named("p:" + (char) c)).toArray();
    /** Each character's feature id up to the highest punctuation mark, 0 for none: one read per character. */
    private static final int[] ID_OF = new int[PUNCTUATION.chars().max().orElseThrow() + 1];

    static {
        for (int k = 0; k < PUNCTUATION.length(); k++) {
            ID_OF[PUNCTUATION.charAt(k)] = PUNCTUATION_IDS[k];
        }
    }

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
            if (c < ID_OF.length && ID_OF[c] != 0) {
                sink.add(ID_OF[c], 1 / n);
            }
        }
        double meanWordLength = words.stream().mapToInt(String::length).sum() / n;
        sink.set(WORDS_LOG, Math.log1p(words.size()) / 5);
        sink.set(MEAN_WORD, meanWordLength / 10);
        sink.set(lengthBucket(words.size()), 1);
        String original = unit.unit().text();
        int capitalized = 0;
        for (int i = 0; i < original.length(); i++) {
            if (Character.isUpperCase(original.charAt(i))) {
                capitalized++;
            }
        }
        sink.set(CAPITALS, capitalized / n);
    }

    /** A fingerprint of the punctuation marks counted, for the feature spec. */
    static int fingerprint() {
        return FeatureIds.hash(FeatureIds.SEED, PUNCTUATION);
    }

    private static final int WORDS_LOG = FeatureIds.named("len:words_log");
    private static final int MEAN_WORD = FeatureIds.named("len:mean_word");
    private static final int CAPITALS = FeatureIds.named("len:capitals");
    private static final int TINY = FeatureIds.named("len:bucket_tiny");
    private static final int SHORT = FeatureIds.named("len:bucket_short");
    private static final int MEDIUM = FeatureIds.named("len:bucket_medium");
    private static final int LONG = FeatureIds.named("len:bucket_long");
    private static final int VERY_LONG = FeatureIds.named("len:bucket_very_long");

    private static int lengthBucket(int words) {
        if (words <= 3) {
            return TINY;
        }
        if (words <= 10) {
            return SHORT;
        }
        if (words <= 25) {
            return MEDIUM;
        }
        return words <= 45 ? LONG : VERY_LONG;
    }
}
