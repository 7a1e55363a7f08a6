package whosaid.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a word is to the word-list families, found with one lookup per word when a unit is analysed: its
 * function-word number (for function-word n-grams) and its discourse classes (first person, past tense, a form of
 * address ...), packed in one int.
 */
final class WordClasses {
    private static final int FUNCTION_BITS = 8;
    private static final Map<String, Integer> TABLE = new HashMap<>();

    static {
        for (String w : CommonWords.FUNCTION) { // numbered from 1 in order, a repeated word keeping its first number
            TABLE.putIfAbsent(w, TABLE.size() + 1);
        }
        if (TABLE.size() >= 1 << FUNCTION_BITS) {
            throw new IllegalStateException("more function words than " + FUNCTION_BITS + " bits can number");
        }
        DiscourseFeatures.classes().forEach((w, bits) -> TABLE.merge(w, bits << FUNCTION_BITS, (a, b) -> a | b));
    }

    private WordClasses() {
    }

    /** Each word's classes, in order. */
    static int[] of(List<String> words) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE.getOrDefault(words.get(i), 0);
        }
        return out;
    }

    /** The function word's number (from 1), or 0 for any other word. */
    static int functionIndex(int classes) {
        return classes & (1 << FUNCTION_BITS) - 1;
    }

    /** The discourse classes, as {@link DiscourseFeatures#classes} numbers them. */
    static int discourse(int classes) {
        return classes >>> FUNCTION_BITS;
    }
}
