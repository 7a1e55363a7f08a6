package whosaid.text;

import java.util.Map;
import java.util.Set;

/**
 * Words that report speech or writing ("writes", "declared", "the words of", "his letter"): the one list the
 * segmenter and the quotation sieves share. A speech word is a whole word, or one of three two-word phrases, in
 * any ASCII case; the scan finds what the regular expression {@code \b(?:writes?|wrote|...|called for)\b} with
 * {@code CASE_INSENSITIVE} finds (checked by a property test), without running it on every quotation.
 */
public final class SpeechVerbs {
    private static final Set<String> WORDS = Set.of(
            "write", "writes", "wrote", "written", "writing", "say", "says", "said", "saying",
            "declare", "declared", "declares", "declareds", "declaring", "state", "stated", "states",
            "announce", "announced", "announces", "remarked", "remarks", "replied", "replies", "answered", "answers",
            "argued", "argues", "insisted", "insists", "repeats", "repeated", "repeating", "explained", "explains",
            "dictated", "added", "adds", "speak", "speaks", "spoke", "telegraphed", "cites", "cited", "quote",
            "quoted", "quotes", "exclaimed", "asked", "asks", "told", "continued", "concluded", "concludes",
            "proclaimed", "proclaims", "protested", "objected", "urged", "warned", "assert", "asserts", "asserted",
            "comment", "comments", "commented", "relates", "related", "recalls", "recalled", "notes", "noted",
            "observes", "observed", "maintains", "maintained", "admits", "admitted", "reports", "reported",
            "opinion", "assertion", "confession", "conclusion", "described", "describes", "referred", "refers",
            "termed", "characterized", "claimed", "claims", "alleged", "alleges", "swore", "telling", "recorded",
            "proposal", "words", "letter", "speech", "report", "theses", "article", "slogan", "formula",
            "utterance", "asserting", "stating", "claiming", "remarking", "replying", "answering", "arguing",
            "insisting", "explaining", "agrees", "suggests", "suggested", "retort", "retorts", "retorted", "cries",
            "cried", "shout", "shouts", "shouted", "interrupt", "interrupts", "interrupted", "exclaims");
    /** Phrases: a first word that is a speech word only when one space and this second word follow it. */
    private static final Map<String, String> PHRASES = Map.of("put", "it", "according", "to", "called", "for");
    /** Speech words that are nouns: "the words of Lenin" names the speaker, where "wrote of Stalin" names a topic. */
    private static final Set<String> NOUNS = Set.of("words", "letter", "speech", "report", "theses", "article",
            "opinion", "assertion", "confession", "conclusion", "proposal", "slogan", "formula", "utterance",
            "according to");

    private SpeechVerbs() {
    }

    /**
     * The lists themselves, sorted, one word per line: the quotation cues a model's features read depend on them,
     * so they are part of its feature specification.
     */
    public static String lists() {
        StringBuilder out = new StringBuilder();
        new java.util.TreeSet<>(WORDS).forEach(w -> out.append(w).append('\n'));
        new java.util.TreeMap<>(PHRASES).forEach((a, b) -> out.append(a).append(' ').append(b).append('\n'));
        new java.util.TreeSet<>(NOUNS).forEach(w -> out.append("noun ").append(w).append('\n'));
        return out.toString();
    }

    public static boolean any(CharSequence text) {
        return next(text, 0) != null;
    }

    /** Whether a speech word found in a text is a noun, in any ASCII case. */
    public static boolean isNoun(CharSequence speechWord) {
        String word = asciiLower(speechWord, 0, speechWord.length());
        return word != null && NOUNS.contains(word);
    }

    /** Where the last speech word starts and ends, or null: an introducer's verb is the one nearest its colon. */
    public static int[] last(CharSequence text) {
        int[] found = null;
        for (int[] at = next(text, 0); at != null; at = next(text, at[1])) {
            found = at;
        }
        return found;
    }

    /** The first speech word at or after {@code from}, as {start, end}, or null. */
    private static int[] next(CharSequence text, int from) {
        int i = WordBounds.nextWord(text, from);
        while (i < text.length()) {
            int end = WordBounds.wordEnd(text, i);
            String word = asciiLower(text, i, end);
            if (word != null) {
                if (WORDS.contains(word)) {
                    return new int[] {i, end};
                }
                String second = PHRASES.get(word);
                if (second != null && end < text.length() && text.charAt(end) == ' ') {
                    int secondEnd = WordBounds.wordEnd(text, end + 1);
                    if (second.equals(asciiLower(text, end + 1, secondEnd))) {
                        return new int[] {i, secondEnd};
                    }
                }
            }
            i = WordBounds.nextWord(text, end);
        }
        return null;
    }

    /** The characters lower-cased, or null if one is not ASCII (the expression folds ASCII case only). */
    private static String asciiLower(CharSequence text, int from, int to) {
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return null;
            }
            out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }
}
