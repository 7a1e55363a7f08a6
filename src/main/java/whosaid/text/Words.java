package whosaid.text;

/** What counts as a word everywhere in whosaid's rules: a run of letters or digits. */
public final class Words {
    private Words() {
    }

    static int count(String text, Span span) {
        return count(text, span.start(), span.end());
    }

    public static int count(CharSequence text) {
        return count(text, 0, text.length());
    }

    private static int count(CharSequence text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
