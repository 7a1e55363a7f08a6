package whosaid.io;

import java.nio.file.Path;

/**
 * A passage's text, readable by code-point offsets and searchable with whitespace runs counting as one space: how
 * {@link Anchoring} compares a labeled row's text with the passage.
 */
final class PassageIndex {
    private final Path file;
    private final String text;
    /** The char index of each code point, and of the end. */
    private final int[] charAt;
    /** The text with every whitespace run made one space; {@code origin[i]} is the char index it came from. */
    private final String squeezed;
    private final int[] origin;

    PassageIndex(Path file, String text) {
        this.file = file;
        this.text = text;
        int points = text.codePointCount(0, text.length());
        charAt = new int[points + 1];
        for (int cp = 0, i = 0; cp < points; cp++) {
            charAt[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        charAt[points] = text.length();
        StringBuilder s = new StringBuilder(text.length());
        int[] from = new int[text.length()];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                if (s.length() == 0 || s.charAt(s.length() - 1) != ' ') {
                    from[s.length()] = i;
                    s.append(' ');
                }
                i += Character.charCount(c);
            } else {
                from[s.length()] = i;
                s.append(text.charAt(i));
                i++;
            }
        }
        squeezed = s.toString();
        origin = java.util.Arrays.copyOf(from, squeezed.length());
    }

    Path file() {
        return file;
    }

    int length() {
        return charAt.length - 1;
    }

    String slice(int start, int end) {
        return text.substring(charAt[start], charAt[end]);
    }

    /** Whether {@code cell} is the text between the offsets. */
    boolean holds(int start, int end, String cell) {
        if (end > length()) {
            return false;
        }
        String here = normalized(slice(start, end));
        return here.equals(normalized(cell)) || (cell.startsWith("'") && here.equals(normalized(cell.substring(1))));
    }

    /** Every place {@code cell} is in the passage, in text order; none if it is blank. */
    java.util.List<Anchoring.Span> findAll(String cell) {
        java.util.List<Anchoring.Span> found = new java.util.ArrayList<>();
        addAll(normalized(cell), found);
        if (cell.startsWith("'")) { // a spreadsheet-safe cell: the quote is not part of the text
            addAll(normalized(cell.substring(1)), found);
            found.sort(java.util.Comparator.comparingInt(Anchoring.Span::start));
        }
        return found;
    }

    /** The place of {@code cell} starting nearest {@code expected}, the earlier on a tie; null if it is nowhere. */
    Anchoring.Span find(String cell, int expected) {
        Anchoring.Span best = null;
        for (Anchoring.Span span : findAll(cell)) {
            if (best == null || Math.abs(span.start() - expected) < Math.abs(best.start() - expected)) {
                best = span;
            }
        }
        return best;
    }

    private void addAll(String needle, java.util.List<Anchoring.Span> found) {
        if (needle.isEmpty()) {
            return;
        }
        for (int at = squeezed.indexOf(needle); at >= 0; at = squeezed.indexOf(needle, at + 1)) {
            found.add(new Anchoring.Span(codePoint(origin[at]), codePoint(origin[at + needle.length() - 1] + 1)));
        }
    }

    private int codePoint(int charIndex) {
        int i = java.util.Arrays.binarySearch(charAt, charIndex);
        // a char index inside a surrogate pair (never a unit boundary) counts with the code point it belongs to
        return i >= 0 ? i : -i - 1;
    }

    /** Whitespace runs made one space, and none at either end. */
    static String normalized(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Breaking and no-break spaces, tabs and line ends of every kind. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
