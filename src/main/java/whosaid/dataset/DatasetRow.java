package whosaid.dataset;

import whosaid.label.LabeledUnit;

/**
 * A labeled unit with what an annotator needs around it.
 *
 * @param passageOrder position of the unit's passage among the inputs, so rows can be put back in reading order
 * @param previousText the text of the unit before it in the passage, empty for the first
 * @param nextText the text of the unit after it in the passage, empty for the last
 * @param introducerText for a quotation, the words of its sentence that introduce it ("Lenin writes:"), empty if
 *     the quotation has none (for example because it continues from an earlier sentence)
 */
public record DatasetRow(int passageOrder, LabeledUnit labeled, String previousText, String nextText,
                         String introducerText) {
    public String passage() {
        return labeled.unit().passageId();
    }

    public int unit() {
        return labeled.unit().index();
    }

    public String label() {
        return labeled.label();
    }

    public double confidence() {
        return labeled.confidence();
    }

    public boolean isQuotation() {
        return labeled.unit().isQuotation();
    }
}
