package whosaid.bench;

/** The three ways the benchmark processes the same input. */
public enum Mode {
    /** OpenNLP sentence detection alone, over the same paragraphs: the speed limit of labeling. */
    SENTENCES("a", "sentences (OpenNLP alone)"),
    /** {@code whosaid label --no-context}: every unit labeled alone. */
    LABEL_ALONE("b", "label --no-context"),
    /** {@code whosaid label}: units labeled, then the passage decoded as a sequence. */
    LABEL("c", "label (with decoding)");

    private final String letter;
    private final String description;

    Mode(String letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    public String letter() {
        return letter;
    }

    public String description() {
        return description;
    }
}
