package whosaid.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whosaid.text.Speakers;
import whosaid.text.SpeechVerbs;
import whosaid.text.Unit;

/**
 * Words that may introduce one quotation, read once for every rule sieve: the frame's last sentence (an earlier
 * sentence merged into the unit speaks of other things), its speech word nearest the quotation, and the passage
 * around, for a pronoun to look back into.
 *
 * @param whole the frame as found: an introducer, the quotation's own words outside its marks, a tail
 * @param frameUnit the index of the unit the frame comes from
 * @param quotation the index of the quotation unit
 */
record Introduction(String whole, int frameUnit, int quotation, List<Unit> units, Speakers speakers) {
    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|we|We)\\b");
    static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)\\]\"”’]*\\s+(?=\\p{Lu}|[\"“])");

    /** The frame's last sentence, where the speech word is. */
    String frame() {
        Matcher m = SENTENCE_END.matcher(whole);
        int from = 0;
        while (m.find()) {
            if (m.end() < whole.length() - 1) {
                from = m.end();
            }
        }
        return whole.substring(from);
    }

    /** Where the speech word nearest the quotation starts and ends in {@link #frame()}, or null if it has none. */
    int[] verb() {
        return SpeechVerbs.last(frame());
    }

    /** The last clause before the speech word: its subject, when it has one. */
    String subjectClause() {
        int[] verb = verb();
        return lastClause(frame().substring(0, verb[0]));
    }

    /** Whether a pronoun or first person is the subject of the speech word ("he wrote me:", "as I said"). */
    boolean pronounSubject() {
        String clause = subjectClause();
        return FIRST_PERSON.matcher(clause).find() || PRONOUN.matcher(clause).find();
    }

    static String lastClause(String text) {
        int cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
        return cut < 0 ? text : text.substring(cut + 1);
    }
}
