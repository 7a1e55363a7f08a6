package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into paragraphs: runs of non-blank lines, separated by blank lines. */
final class Paragraphs {
    private Paragraphs() {
    }

    /** Trimmed {@code char} spans of the paragraphs, in order; blank text has none. */
    static List<Span> of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int paragraphStart = -1;
        int lastContentEnd = -1;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int contentStart = Blank.skipForward(text, lineStart, lineEnd);
            if (contentStart == lineEnd) {
                if (paragraphStart >= 0) {
                    paragraphs.add(new Span(paragraphStart, lastContentEnd));
                    paragraphStart = -1;
                }
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = contentStart;
                }
                lastContentEnd = Blank.skipBackward(text, contentStart, lineEnd);
            }
            lineStart = nextLineStart(text, lineEnd);
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new Span(paragraphStart, lastContentEnd));
        }
        return paragraphs;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
