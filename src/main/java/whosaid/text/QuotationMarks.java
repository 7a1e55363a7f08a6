package whosaid.text;

/** The quotation marks whosaid recognises, and which closing mark ends a quotation each opening mark starts. */
final class QuotationMarks {
    private QuotationMarks() {
    }

    static char closerFor(char opener) {
        return switch (opener) {
            case '\u201C' -> '\u201D'; // “ ”
            case '\u201E' -> '\u201C'; // „ “ (also closed by ”, see isCloser)
            case '\u00AB' -> '\u00BB'; // « »
            case '\u00BB' -> '\u00AB'; // » « (Danish/German style)
            case '\u2018' -> '\u2019'; // ‘ ’
            case '\u201A' -> '\u2018'; // ‚ ‘
            case '\u2039' -> '\u203A'; // ‹ ›
            case '"' -> '"';
            default -> 0;
        };
    }

    /**
     * An opening mark; a straight quote opens only at the start of a word, and a » (which usually closes a «) only
     * right before a letter or digit, as in German »...«.
     */
    static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        if (c == '"') {
            boolean atWordStart = i == 0 || Blank.isBlank(text.charAt(i - 1)) || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
            return atWordStart && i + 1 < text.length() && !Blank.isBlank(text.charAt(i + 1));
        }
        if (c == '\u00BB') {
            return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return closerFor(c) != 0;
    }

    /** The mark that closes a quotation: a right single quote inside a word is an apostrophe, not a closer. */
    static boolean isCloser(String text, int i, char closer) {
        char c = text.charAt(i);
        if (closer == '\u201C' && c == '\u201D') {
            return true;
        }
        if (c != closer) {
            return false;
        }
        if (closer == '\u2019') {
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            return !letterAfter;
        }
        return true;
    }
}
