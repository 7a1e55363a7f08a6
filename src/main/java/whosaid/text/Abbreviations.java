package whosaid.text;

import java.util.regex.Pattern;

/**
 * Where OpenNLP's sentence detector ends a sentence too early: after a title ("St. Petersburg", "Mr. Kerensky"),
 * an initial ("V. I. Lenin") or a dotted abbreviation inside a sentence ("the U.S.S.R. government").
 */
final class Abbreviations {
    /** Titles and short forms that are never the last word of a sentence. */
    private static final Pattern TITLE = Pattern.compile(
            "(?:^|[\\s(\\[])(?:St|Mr|Mrs|Messrs|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Rev|Gov|Sen|Rep|Mt|Ft|Nos|Vol|vol|pp|cf|"
                    + "viz|ibid|Ibid|op|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\\.$");
    /** One capital letter and a dot: an initial, unless it is the pronoun ending a sentence ("as did I."). */
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(\\[])(\\p{Lu})\\.$");
    private static final Pattern PRONOUN_I = Pattern.compile("\\p{Ll}\\s+I\\.$");
    /** Dotted capitals ("U.S.S.R.", "R.S.D.L.P."). */
    private static final Pattern DOTTED = Pattern.compile("(?:^|[\\s(\\[])(?:\\p{Lu}\\.){2,}$");

    private Abbreviations() {
    }

    /**
     * Whether the sentence ending with {@code before} really goes on into {@code after} (the text that follows,
     * blanks skipped).
     */
    static boolean joinsNext(CharSequence before, CharSequence after) {
        if (after.length() == 0) {
            return false;
        }
        String tail = before.subSequence(Math.max(0, before.length() - 24), before.length()).toString();
        if (TITLE.matcher(tail).find()) {
            return true;
        }
        if (INITIAL.matcher(tail).find() && !PRONOUN_I.matcher(tail).find()) {
            return Character.isUpperCase(after.charAt(0));
        }
        // a dotted abbreviation may end a sentence; it goes on only into a word that is not capitalised
        return DOTTED.matcher(tail).find() && Character.isLowerCase(after.charAt(0));
    }
}
