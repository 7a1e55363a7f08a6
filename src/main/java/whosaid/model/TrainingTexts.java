package whosaid.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Fingerprints of the texts a model trained on: a 64-bit hash of each labeled unit of four words or more, its
 * letters and digits lower-cased and everything else dropped (so "Stalin, having become..." matches across
 * segmentations and line ends). Evaluation uses them to tell a gold unit the model has seen from one it has not;
 * the texts themselves are not kept.
 */
public record TrainingTexts(long[] hashes) {
    public static final TrainingTexts NONE = new TrainingTexts(new long[0]);
    private static final int MIN_WORDS = 4;

    public TrainingTexts {
        hashes = hashes.clone();
        Arrays.sort(hashes);
    }

    public static TrainingTexts of(Collection<String> texts) {
        return new TrainingTexts(texts.stream().filter(t -> t.strip().split("\\s+").length >= MIN_WORDS)
                .mapToLong(TrainingTexts::hash).distinct().toArray());
    }

    /** Whether this text (of four words or more) was a training unit. */
    public boolean contains(String text) {
        return text.strip().split("\\s+").length >= MIN_WORDS && Arrays.binarySearch(hashes, hash(text)) >= 0;
    }

    public int size() {
        return hashes.length;
    }

    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * 0x100000001b3L;
            }
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingTexts t && Arrays.equals(hashes, t.hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return hashes.length + " training texts";
    }
}
