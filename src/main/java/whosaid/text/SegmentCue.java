package whosaid.text;

/** What the segmenter saw of a unit, written as text only in a unit's {@code segmentCue} and the cue column. */
public enum SegmentCue {
    /** Between quotation marks, or continuing a quotation opened in an earlier sentence. */
    QUOTE("quote"),
    /** After a colon introducer, the marks lost: "He wrote me: I earnestly urge you ...". */
    COLON("colon"),
    /** Part of a sentence too long to keep whole. */
    SPLIT_LENGTH("split:length");

    private final String text;

    SegmentCue(String text) {
        this.text = text;
    }

    /** As the cue column writes it. */
    public String text() {
        return text;
    }
}
