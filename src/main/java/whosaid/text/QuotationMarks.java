package whosaid.text;

/**
 * The quotation marks whosaid recognises, and which closing mark ends a quotation each opening mark starts: the one
 * definition the segmenter and the quotation sieves share.
 */
public final class QuotationMarks {
    private QuotationMarks() {
    }

    public static char closerFor(char opener) {
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
    public static boolean isOpener(String text, int i) {
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
    public static boolean isCloser(String text, int i, char closer) {
        char c = text.charAt(i);
        if (closer == '\u201C' && c == '\u201D') {
            return true;
        }
        if (c != closer) {
            return false;
        }
        if (closer == '\u2019') {
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            return !letterAfter && !pluralPossessive(text, i);
        }
        return true;
    }

    /**
     * "the workers’ party": a ’ after an s and before a lower-case word is read as an apostrophe; a quotation that
     * really ends so ("‘… of the workers’ and then") is rarer than the possessive.
     */
    private static boolean pluralPossessive(String text, int i) {
        if (i == 0 || text.charAt(i - 1) != 's' || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
            return false;
        }
        return Character.isLowerCase(text.charAt(i + 2));
    }

    /** The text with every quoted stretch (marks included; an unclosed one runs to the end) replaced by a space. */
    public static String outsideQuotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isOpener(text, i)) {
                out.append(text.charAt(i++));
                continue;
            }
            char closer = closerFor(text.charAt(i));
            int close = -1;
            for (int j = i + 1; j < text.length() && close < 0; j++) {
                close = isCloser(text, j, closer) ? j : -1;
            }
            out.append(' ');
            i = close < 0 ? text.length() : close + 1;
        }
        return out.toString();
    }

    /**
     * Whether the text opens a quotation it does not close: a paragraph of a quotation that runs on over several
     * paragraphs, each opened with a mark and only the last one closed.
     */
    public static boolean leavesOpen(String text) {
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            if (open == 0 && isOpener(text, i)) {
                open = closerFor(text.charAt(i));
            } else if (open != 0 && isCloser(text, i, open)) {
                open = 0;
            }
        }
        return open != 0;
    }

    /** Whether the text begins with an opening mark (blanks before it aside). */
    public static boolean opens(String text) {
        int i = 0;
        while (i < text.length() && Blank.isBlank(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isOpener(text, i);
    }
}
