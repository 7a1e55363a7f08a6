package whosaid.text;

/** A half-open range of {@code char} indices with what the segmenter knows of it; internal to segmentation. */
record Span(int start, int end, UnitKind kind, String cue) {
    Span(int start, int end) {
        this(start, end, UnitKind.SENTENCE, "");
    }

    int length() {
        return end - start;
    }

    Span withKind(UnitKind newKind, String newCue) {
        return new Span(start, end, newKind, newCue);
    }
}
