package whosaid.features;

import java.util.List;
import whosaid.text.Unit;

/**
 * A unit with what every extractor needs computed once: its words, its words with speaker names masked, and the
 * rule cue that fired on it.
 *
 * @param cue the rule evidence ("intro:Lenin", "intro:other", "quote", "colon"), empty if none
 * @param introducedSpeaker the voice an introducer names as speaking ("other" for someone else), or empty
 * @param namedSpeakers the voices the unit names, in order of mention
 * @param quotedSpeaker for a quotation, whom the introducer before it names as speaking, or empty
 */
public record AnalyzedUnit(Unit unit, List<String> words, List<String> maskedWords, String maskedText, String cue,
                           String introducedSpeaker, List<String> namedSpeakers, String quotedSpeaker) {
}
