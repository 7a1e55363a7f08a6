package whosaid.text;

/**
 * Where words start and end as the regular-expression word boundary {@code \b} sees them: letters, digits and the
 * underscore are word characters, and a combining mark continues a word on a letter or digit. The hand-written
 * scanners that replace regular expressions on every unit share it.
 */
final class WordBounds {
    private WordBounds() {
    }

    /** A character {@code \b} counts as a word character wherever it stands. */
    static boolean isWord(int c) {
        if (c < 0x80) {
            return c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Where the next word starting at or after {@code i} starts, or the text's length. */
    static int nextWord(CharSequence text, int i) {
        int n = text.length();
        while (i < n && !isWord(Character.codePointAt(text, i))) {
            i += Character.charCount(Character.codePointAt(text, i));
        }
        return i;
    }

    /**
     * Where the word starting at {@code i} ends. As {@code \b} sees it, a combining mark continues a word only on
     * a letter or digit (marks between count through), not on an underscore.
     */
    static int wordEnd(CharSequence text, int i) {
        boolean base = false;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (isWord(c)) {
                base = c != '_';
            } else if (!(base && isMark(c))) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    static boolean isMark(int c) {
        return c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
