package whosaid.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule evidence behind a unit's label, written as text only in the {@code cue} column.
 *
 * @param introduces for an introducer, the voice it names as speaking ("other" for someone else), or empty
 * @param attribution for a quotation, the sieve that decided whose it is, or null
 * @param segment what the segmenter saw: "quote", "colon", "split:length", or empty
 */
public record Cue(String introduces, Attribution attribution, String segment) {
    public static final Cue NONE = new Cue("", null, "");

    public Cue withAttribution(Attribution a) {
        return new Cue(introduces, a, segment);
    }

    /** {@code intro:Lenin}, {@code sieve:named:Lenin}, {@code colon}, joined by ';'; empty if none fired. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(3);
        if (!introduces.isEmpty()) {
            parts.add("intro:" + introduces);
        }
        if (attribution != null) {
            parts.add(attribution.toString());
        }
        if (!segment.isEmpty()) {
            parts.add(segment);
        }
        return String.join(";", parts);
    }
}
