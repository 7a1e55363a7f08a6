package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import whosaid.quote.Attributed;
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
        this(speakers, new QuoteSieves(speakers));
    }

    public Analyzer(Speakers speakers, QuoteSieves sieves) {
        this.speakers = speakers;
        this.sieves = sieves;
    }

    public Speakers speakers() {
        return speakers;
    }

    public List<AnalyzedUnit> analyze(List<Unit> units) {
        List<Attributed> attributions = sieves.attributeAll(units);
        String[] introduced = introducedSpeakers(units, attributions);
        int[] first = new int[units.size()];
        int[] last = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            boolean starts = i == 0 || units.get(i - 1).paragraph() != units.get(i).paragraph();
            first[i] = starts ? i : first[i - 1];
        }
        for (int i = units.size() - 1; i >= 0; i--) {
            boolean ends = i == units.size() - 1 || units.get(i + 1).paragraph() != units.get(i).paragraph();
            last[i] = ends ? i : last[i + 1];
        }
        List<AnalyzedUnit> analyzed = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Speakers.Mentions mentions = speakers.mentions(unit.text());
            Attributed a = attributions.get(i);
            Cue cue = new Cue(introduced[i], a == null ? null : a.attribution(), unit.segmentCue());
            List<String> words = Tokens.words(unit.text());
            // most units name no one: their masked words are their words
            List<String> maskedWords = mentions.named().isEmpty() ? words : Tokens.words(mentions.masked());
            int[] classes = WordClasses.of(words);
            int[] maskedClasses = maskedWords == words ? classes : WordClasses.of(maskedWords);
            analyzed.add(new AnalyzedUnit(unit, words, maskedWords, mentions.masked(), cue, introduced[i],
                    mentions.named(), classes, maskedClasses, first[i], last[i]));
        }
        return analyzed;
    }

    /**
     * For each unit whose words named the speaker of a quotation ("Lenin wrote:", "So wrote Lenin."), whom the
     * sieves found it names; empty elsewhere, and on a quotation that names its own speaker.
     */
    private static String[] introducedSpeakers(List<Unit> units, List<Attributed> attributions) {
        String[] introduced = new String[units.size()];
        java.util.Arrays.fill(introduced, "");
        for (int i = 0; i < units.size(); i++) {
            Attributed a = attributions.get(i);
            if (a == null || a.frame() == i || a.attribution().voice().equals(Attribution.AUTHOR)
                    || units.get(a.frame()).kind() == UnitKind.QUOTATION) {
                continue;
            }
            introduced[a.frame()] = a.attribution().voice();
        }
        return introduced;
    }
}
