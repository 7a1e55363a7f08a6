package whosaid.text;

/** What counts as blank between units: whitespace, including no-break and other Unicode spaces. */
final class Blank {
    private Blank() {
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** First index in [from, to) that is not blank, or {@code to}. */
    static int skipForward(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** One past the last index in [from, to) that is not blank, or {@code from}. */
    static int skipBackward(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static Span trim(CharSequence text, Span span) {
        int s = skipForward(text, span.start(), span.end());
        int e = skipBackward(text, s, span.end());
        return new Span(s, e, span.kind(), span.cue());
    }
}
