package whosaid.label;

/**
 * Where a unit sits in its passage's structure: the passage's frame voice (whoever wrote the page, pooled over all
 * its own words) and the section (a stretch of whole paragraphs by one author) the unit belongs to.
 *
 * @param voice the passage's frame voice, or null when it was not decoded by frame (no context, or a passage of
 *     insertions only)
 * @param section the section's number in the passage, from 0
 */
public record Frame(String voice, double confidence, int section, String sectionVoice, double sectionConfidence) {
    public static final Frame NONE = new Frame(null, Double.NaN, -1, null, Double.NaN);

    public boolean known() {
        return voice != null;
    }
}
