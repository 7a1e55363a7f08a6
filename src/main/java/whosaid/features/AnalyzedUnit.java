package whosaid.features;

import java.util.List;
import whosaid.quote.Attribution;
import whosaid.quote.Cue;
import whosaid.text.Unit;

/**
 * A unit with what every extractor needs computed once: its words, its words with speaker names masked, and the
 * rule evidence about quoting.
 *
 * @param cue the rule evidence: what the unit introduces, the rule sieve's attribution, the segmenter's cue
 * @param introducedSpeaker the voice an introducer names as speaking ("other" for someone else), or empty
 * @param namedSpeakers the voices the unit names, in order of mention
 * @param wordClasses each word's classes ({@link WordClasses}), looked up once for every family that reads them
 * @param maskedWordClasses each masked word's classes
 * @param paragraphFirst the passage index of the first unit of this unit's paragraph
 * @param paragraphLast the passage index of the last unit of this unit's paragraph
 */
public record AnalyzedUnit(Unit unit, List<String> words, List<String> maskedWords, String maskedText, Cue cue,
                           String introducedSpeaker, List<String> namedSpeakers, int[] wordClasses,
                           int[] maskedWordClasses, int paragraphFirst, int paragraphLast) {
    /** For a quotation, whom a rule sieve says it quotes (a label, "other" or "author"), or empty. */
    public String quotedSpeaker() {
        Attribution a = cue.attribution();
        return a == null ? "" : a.voice();
    }
}
