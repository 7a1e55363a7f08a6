package whosaid.features;

import java.util.Arrays;
import java.util.List;

/**
 * The function words (whose rates and sequences are style, not topic) and the wider set of common words that
 * character n-grams keep as written: every other word is distorted to asterisks (text distortion, Stamatatos 2017),
 * so that the n-grams see how a writer joins words, not which subjects they write about.
 */
final class CommonWords {
    static final List<String> FUNCTION = List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "although", "among", "an", "and",
            "any", "as", "at", "because", "been", "before", "being", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "down", "during", "each", "either", "even", "every", "for", "from",
            "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "however", "i", "if", "in",
            "indeed", "into", "is", "it", "its", "itself", "just", "least", "less", "like", "may", "me", "might",
            "more", "most", "much", "must", "my", "neither", "never", "no", "nor", "not", "now", "of", "off", "on",
            "once", "only", "or", "other", "our", "out", "over", "own", "quite", "rather", "same", "shall", "she",
            "should", "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
            "therefore", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under",
            "until", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "are", "be", "am", "let", "yes", "again", "whatever", "whereas", "hence", "namely");
    /** Common words that are not function words but carry no subject: kept by distortion too. */
    private static final List<String> COMMON = List.of(
            "one", "two", "three", "first", "second", "last", "new", "old", "well", "way", "made", "make", "makes",
            "said", "say", "says", "come", "came", "go", "went", "take", "took", "give", "given", "gave", "get",
            "got", "know", "known", "knew", "see", "seen", "saw", "think", "thought", "want", "time", "times",
            "year", "years", "day", "days", "thing", "things", "fact", "case", "point", "part", "place", "kind",
            "sense", "question", "view", "still", "already", "always", "often", "sometimes", "perhaps", "certainly",
            "simply", "precisely", "entirely", "wholly", "merely", "especially", "particularly", "clearly",
            "obviously", "really", "far", "long", "great", "good", "bad", "small", "large", "whole", "certain",
            "possible", "necessary", "important", "real", "true", "false", "own", "same", "different", "many",
            "few", "several", "another", "further", "next", "back", "up", "now", "ever", "enough", "almost",
            "nothing", "something", "anything", "everything", "everyone", "someone", "nobody", "none", "therefore",
            "accordingly", "consequently", "moreover", "furthermore", "nevertheless", "besides", "instead",
            "itself", "himself", "themselves", "ourselves", "myself", "yourselves", "whole", "matter", "means",
            "order", "result", "reason", "respect", "regard", "course", "side", "end", "beginning");

    private static final int[] KEPT_HASHES;

    static {
        KEPT_HASHES = java.util.stream.Stream.concat(FUNCTION.stream(), COMMON.stream())
                .mapToInt(w -> FeatureIds.hash(FeatureIds.SEED, w)).distinct().sorted().toArray();
    }

    private CommonWords() {
    }

    /** Whether the lower-cased word {@code chars[from, to)} is kept as written by distortion. */
    static boolean kept(char[] chars, int from, int to) {
        int h = FeatureIds.SEED;
        for (int i = from; i < to; i++) {
            h = FeatureIds.mix(h, chars[i]);
        }
        return Arrays.binarySearch(KEPT_HASHES, h) >= 0;
    }

    /** A fingerprint of both lists in order (a function word's number is its place), for the feature spec. */
    static int fingerprint() {
        int h = FeatureIds.SEED;
        for (List<String> list : List.of(FUNCTION, COMMON)) {
            for (String w : list) {
                h = FeatureIds.mix(FeatureIds.hash(h, w), '|');
            }
            h = FeatureIds.mix(h, '#');
        }
        return h;
    }
}
