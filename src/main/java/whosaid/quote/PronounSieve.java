package whosaid.quote;

import java.util.List;
import java.util.regex.Matcher;
import whosaid.text.Unit;

/**
 * "he wrote me:", "He added:": the pronoun stands for a voice named before it, first in its own frame (up to the
 * pronoun: "Lenin rose, and he added:"), else the nearest named earlier in the paragraph.
 */
final class PronounSieve implements RuleSieve {
    @Override
    public Sieve id() {
        return Sieve.PRONOUN;
    }

    @Override
    public Attribution decide(Introduction in) {
        if (in.verb() == null) {
            return null;
        }
        if (!Introduction.PRONOUN.matcher(in.subjectClause()).find()) {
            return null;
        }
        String frame = in.frame();
        Matcher pronoun = Introduction.PRONOUN.matcher(frame);
        if (!pronoun.find()) {
            return null;
        }
        int offset = in.whole().length() - frame.length();
        List<String> inFrame = in.speakers().named(in.whole().substring(0, offset + pronoun.start()));
        if (!inFrame.isEmpty()) {
            return new Attribution(Sieve.PRONOUN, inFrame.get(0)); // the sentence's own subject, usually named first
        }
        List<Unit> units = in.units();
        int from = Math.min(in.frameUnit(), in.quotation()) - 1;
        int paragraph = units.get(from + 1).paragraph();
        for (int i = from; i >= 0 && units.get(i).paragraph() == paragraph; i--) {
            List<String> named = in.speakers().named(units.get(i).text());
            if (!named.isEmpty()) {
                return new Attribution(Sieve.PRONOUN, named.get(named.size() - 1));
            }
        }
        return null;
    }
}
