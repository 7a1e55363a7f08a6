package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * Prepares the units of one passage for feature extraction, and finds the rule cues: who an introducer says is
 * speaking ("Lenin writes:", "he wrote me:", "Nogin declared:").
 */
public final class Analyzer {
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:writes?|wrote|written|says?|said|declared?s?|declaring|stated?|states|announced?|announces|"
                    + "remarked|replied|answered|argued|insisted|repeat(?:s|ed|ing)|explained|dictated|"
                    + "added|speaks?|spoke|telegraphed|cites|quoted?|exclaimed|asked|told|continued|"
                    + "conclusion|proposal|words|letter|speech|report|theses)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:he|she)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
    /** A name opening the sentence as the speech verb's subject ("Nogin declared:"), not a capitalised opener. */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "(?!(?:The|This|That|These|Those|They|She|His|Her|Its|Our|Their|One|Then|There|Here|But|And|Thus|Yet)\\b)"
                    + "\\p{Lu}\\p{Ll}{2,},?\\s+(?:\\p{Ll}+ly\\s+|then\\s+|also\\s+)?(?i:" + SPEECH_VERB.pattern() + ")");
    /** How many units back a pronoun ("he wrote me:") looks for the speaker it stands for. */
    private static final int PRONOUN_LOOKBACK = 3;
    /** Text between quotation marks, as far as the first closing mark. */
    private static final Pattern QUOTED_SPAN = Pattern.compile("[“\"«„‘][^”\"»“’]*[”\"»“’]?");
    /** The most words a speech frame kept inside a quotation unit has ("Lenin wrote", "said Stalin to me"). */
    private static final int MAX_FRAME_WORDS = 6;

    private final Speakers speakers;

    public Analyzer(Speakers speakers) {
        this.speakers = speakers;
    }

    public Speakers speakers() {
        return speakers;
    }

    public List<AnalyzedUnit> analyze(List<Unit> units) {
        List<AnalyzedUnit> analyzed = new ArrayList<>(units.size());
        String previousIntroduced = "";
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Speakers.Mentions mentions = speakers.mentions(unit.text());
            String masked = mentions.masked();
            String introduced = introducedSpeaker(units, i);
            boolean quotes = unit.kind() == UnitKind.QUOTATION && i > 0
                    && units.get(i - 1).paragraph() == unit.paragraph();
            // the quotation's own frame ("said Stalin") is nearer than an introducer before it
            String quoted = unit.kind() == UnitKind.QUOTATION ? ownFrameSpeaker(unit.text()) : "";
            if (quoted.isEmpty() && quotes) {
                quoted = previousIntroduced;
            }
            analyzed.add(new AnalyzedUnit(unit, Tokens.words(unit.text()), Tokens.words(masked), masked,
                    cue(unit, introduced, quoted), introduced, mentions.named(), quoted));
            previousIntroduced = introduced;
        }
        return analyzed;
    }

    private static String cue(Unit unit, String introduced, String quoted) {
        List<String> cues = new ArrayList<>();
        if (!introduced.isEmpty()) {
            cues.add("intro:" + introduced);
        }
        if (!quoted.isEmpty()) {
            cues.add("quoting:" + quoted);
        }
        if (!unit.segmentCue().isEmpty()) {
            cues.add(unit.segmentCue());
        }
        return String.join(";", cues);
    }

    /**
     * Whom a quotation's own frame names: an introducer or tag too short to be a unit of its own stays inside the
     * quotation unit ("Lenin wrote: “...”", "“...,” said Stalin."). Empty when the words outside the quotation
     * marks are not such a frame.
     */
    private String ownFrameSpeaker(String text) {
        String frame = QUOTED_SPAN.matcher(text).replaceAll(" ");
        if (frame.equals(text) || Tokens.words(frame).size() > MAX_FRAME_WORDS || !SPEECH_VERB.matcher(frame).find()) {
            return "";
        }
        return speakers.firstNamed(frame).orElse("");
    }

    /** For a unit that introduces a quotation, whom it names as speaking: a voice label, "other", or "". */
    private String introducedSpeaker(List<Unit> units, int i) {
        Unit unit = units.get(i);
        boolean introduces = unit.kind() == UnitKind.INTRODUCER
                || (i + 1 < units.size() && units.get(i + 1).kind() == UnitKind.QUOTATION
                    && units.get(i + 1).paragraph() == unit.paragraph() && unit.kind() != UnitKind.QUOTATION);
        if (!introduces || !SPEECH_VERB.matcher(unit.text()).find()) {
            return "";
        }
        Optional<String> named = speakers.firstNamed(unit.text());
        if (named.isPresent()) {
            return named.get();
        }
        if (PRONOUN_SUBJECT.matcher(unit.text()).find()) {
            for (int back = 1; back <= PRONOUN_LOOKBACK && i - back >= 0; back++) {
                List<String> earlier = speakers.named(units.get(i - back).text());
                if (!earlier.isEmpty()) {
                    return earlier.get(0);
                }
            }
        }
        String masked = speakers.mask(unit.text());
        boolean namesSomeoneElse = OTHER_NAME.matcher(masked.substring(Math.min(1, masked.length()))).find()
                || OPENING_NAME.matcher(masked).lookingAt();
        return namesSomeoneElse ? "other" : "";
    }
}
