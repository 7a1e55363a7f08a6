package whosaid.features;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a unit is written rather than what it is about: function-word rates, character trigrams, punctuation and
 * length, all computed with the speakers' names masked.
 */
public final class StyleFeatures implements FeatureExtractor {
    public static final String CHAR_TRIGRAM = "c:";
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "although", "among", "an", "and",
            "any", "as", "at", "because", "been", "before", "being", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "down", "during", "each", "either", "even", "every", "for", "from",
            "had", "has", "have", "having", "here", "how", "however", "if", "in", "indeed", "into", "is", "it",
            "its", "itself", "just", "least", "less", "like", "may", "might", "more", "most", "much", "must",
            "neither", "never", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "out", "over", "own", "quite", "rather", "same", "shall", "should", "since", "so", "some",
            "such", "than", "that", "the", "their", "them", "then", "there", "therefore", "these", "they", "this",
            "those", "though", "through", "thus", "to", "too", "under", "until", "upon", "very", "was", "were",
            "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
            "within", "without", "would", "yet");
    private static final String PUNCTUATION = ",;:.!?—–-()[]\"“”'’…";

    @Override
    public String family() {
        return "style";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        List<String> words = unit.maskedWords();
        double n = Math.max(1, words.size());
        for (String w : words) {
            if (FUNCTION_WORDS.contains(w)) {
                sink.add("fw:" + w, 1 / n);
            }
        }
        String text = unit.maskedText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                sink.add("p:" + c, 1 / n);
            }
        }
        charTrigrams(text.toLowerCase(Locale.ROOT), sink);
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

    private static void charTrigrams(String text, FeatureSink sink) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder normalized = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            normalized.append(Character.isWhitespace(c) ? ' ' : Character.isDigit(c) ? '0' : c);
        }
        normalized.append(' ');
        // the name of each trigram is built in one char array: this runs for every character labeled
        char[] name = new char[CHAR_TRIGRAM.length() + 3];
        CHAR_TRIGRAM.getChars(0, CHAR_TRIGRAM.length(), name, 0);
        for (int i = 0; i + 3 <= normalized.length(); i++) {
            normalized.getChars(i, i + 3, name, CHAR_TRIGRAM.length());
            counts.merge(new String(name), 1, Integer::sum);
        }
        counts.forEach((trigram, c) -> sink.set(trigram, 1 + Math.log(c)));
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
