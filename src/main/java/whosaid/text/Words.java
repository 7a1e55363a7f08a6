package whosaid.text;

/** Counts words (runs of letters or digits) in a span, to decide whether a part can stand alone. */
final class Words {
    private Words() {
    }

    static int count(String text, Span span) {
        int words = 0;
        boolean inWord = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
