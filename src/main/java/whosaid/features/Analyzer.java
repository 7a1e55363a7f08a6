package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import whosaid.quote.Attribution;
import whosaid.quote.Cue;
import whosaid.quote.QuoteSieves;
import whosaid.text.Speakers;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * Prepares the units of one passage for feature extraction: words, masked words, and the rule sieves' attribution
 * of each quotation, which also tells what each introducer names ("Lenin writes:", "he wrote me:", "Nogin
 * declared:").
 */
public final class Analyzer {
    private final Speakers speakers;
    private final QuoteSieves sieves;

    public Analyzer(Speakers speakers) {
        this.speakers = speakers;
        this.sieves = new QuoteSieves(speakers);
    }

    public Speakers speakers() {
        return speakers;
    }

    public List<AnalyzedUnit> analyze(List<Unit> units) {
        List<Attribution> attributions = sieves.attribute(units);
        List<AnalyzedUnit> analyzed = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Speakers.Mentions mentions = speakers.mentions(unit.text());
            String introduced = introducedSpeaker(units, attributions, i);
            Cue cue = new Cue(introduced, attributions.get(i), unit.segmentCue());
            analyzed.add(new AnalyzedUnit(unit, Tokens.words(unit.text()), Tokens.words(mentions.masked()),
                    mentions.masked(), cue, introduced, mentions.named()));
        }
        return analyzed;
    }

    /** For the unit just before a quotation in its paragraph, whom the sieves found it names as speaking. */
    private static String introducedSpeaker(List<Unit> units, List<Attribution> attributions, int i) {
        Unit unit = units.get(i);
        if (unit.kind() == UnitKind.QUOTATION || i + 1 >= units.size()) {
            return "";
        }
        Unit next = units.get(i + 1);
        Attribution a = attributions.get(i + 1);
        if (next.kind() != UnitKind.QUOTATION || next.paragraph() != unit.paragraph() || a == null
                || a.voice().equals(Attribution.AUTHOR)) {
            return "";
        }
        return a.voice();
    }
}
