package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-cased word tokens: letters (with their combining marks) joined by inner apostrophes or hyphens, runs of
 * digits, or the name mask {@code §}. The tokens the regular expression
 * {@code [\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\p{N}+|§} finds, scanned by hand because it runs on every unit.
 */
final class Tokens {
    private Tokens() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int end;
            if (isLetter(c)) {
                end = letters(text, i);
                while (end < n && isJoiner(text.charAt(end)) && end + 1 < n && isLetter(text.codePointAt(end + 1))) {
                    end = letters(text, end + 1);
                }
            } else if (isNumber(c)) {
                end = i;
                while (end < n && isNumber(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            } else if (c == '§') {
                end = i + 1;
            } else {
                i += Character.charCount(c);
                continue;
            }
            words.add(lower(text, i, end));
            i = end;
        }
        return words;
    }

    /**
     * The token lower-cased, typographic apostrophes made plain: by hand when it is ASCII (a substring when nothing
     * changes, as most words are written), by the locale-free {@link String#toLowerCase} otherwise (which knows the
     * letters whose lower case depends on where they stand).
     */
    private static String lower(String text, int from, int to) {
        boolean changes = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80 && c != '’') {
                return text.substring(from, to).toLowerCase(Locale.ROOT).replace('’', '\'');
            }
            changes |= c == '’' || c >= 'A' && c <= 'Z';
        }
        if (!changes) {
            return text.substring(from, to);
        }
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            out[k - from] = c == '’' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    private static int letters(String text, int from) {
        int end = from;
        while (end < text.length() && isLetter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /** {@code [\p{L}\p{M}]}. */
    private static boolean isLetter(int c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \p{N}}. */
    private static boolean isNumber(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
