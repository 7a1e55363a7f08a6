package whosaid.text;

import java.util.Objects;

/**
 * One labelable piece of a passage: a sentence, or an introducer or quotation split from one.
 *
 * <p>{@code start} and {@code end} count Unicode code points of the passage text, end exclusive, so that
 * {@code text[start:end]} in Python (or any code-point-indexed language) gives back {@code text}.
 *
 * @param paragraph index of the blank-line separated paragraph the unit sits in
 * @param segmentCue what the segmenter saw ("quote", "colon", "split:length"), empty if nothing
 */
public record Unit(String passageId, int index, int start, int end, String text, UnitKind kind, int paragraph,
                   String segmentCue) {
    public Unit {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(segmentCue, "segmentCue");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad unit span [" + start + "," + end + ")");
        }
    }

    public boolean isQuotation() {
        return kind == UnitKind.QUOTATION;
    }

    /** Whether the segmenter saw this of the unit. */
    public boolean has(SegmentCue cue) {
        for (String part : segmentCue.split(";")) {
            if (part.equals(cue.text())) {
                return true;
            }
        }
        return false;
    }
}
