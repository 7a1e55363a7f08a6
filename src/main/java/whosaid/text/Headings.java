package whosaid.text;

import java.util.List;

/**
 * Heading lines: a page's title, a byline, a scraper's repeated search phrase ("Leon Trotsky - Wikipedia"). They
 * name voices without being anyone's words, and say too little for a classifier to judge.
 */
public final class Headings {
    /** The most words a heading has. */
    static final int MAX_WORDS = 12;

    private Headings() {
    }

    /** A whole sentence alone in its paragraph, of a few words, that does not end as a sentence or quotation does. */
    public static boolean is(List<Unit> units, int i) {
        Unit u = units.get(i);
        if (u.kind() != UnitKind.SENTENCE
                || (i > 0 && units.get(i - 1).paragraph() == u.paragraph())
                || (i + 1 < units.size() && units.get(i + 1).paragraph() == u.paragraph())) {
            return false;
        }
        String text = u.text().strip();
        if (text.isEmpty() || ".!?:;,\"”’»…".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words > 0 && words <= MAX_WORDS;
    }
}
