package whosaid.io;

/**
 * One row of a labeled CSV: a unit of a passage with the label a person gave it.
 *
 * @param start code point offset in the passage text, or -1 when the file gives none (likewise {@code end})
 * @param line the line of the file the row starts on, for error messages
 */
public record GoldRow(String file, long line, String passage, int unit, int start, int end, String label,
                      boolean certain, String text) implements java.io.Serializable {
    public boolean hasOffsets() {
        return start >= 0 && end >= start;
    }
}
