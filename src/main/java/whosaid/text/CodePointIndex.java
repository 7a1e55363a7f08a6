package whosaid.text;

/**
 * Converts Java {@code char} indices of one text to code point indices.
 *
 * <p>Text without surrogate pairs (almost all text) converts for free; otherwise a prefix table is built once.
 */
public final class CodePointIndex {
    private final int[] codePointsBefore;

    public CodePointIndex(String text) {
        int surrogates = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i))) {
                surrogates++;
            }
        }
        if (surrogates == 0) {
            codePointsBefore = null;
            return;
        }
        codePointsBefore = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointsBefore[i] = count;
            boolean lowHalfOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!lowHalfOfPair) {
                count++;
            }
        }
        codePointsBefore[text.length()] = count;
    }

    /** The number of code points in {@code text[0:charIndex]}. */
    public int toCodePoint(int charIndex) {
        return codePointsBefore == null ? charIndex : codePointsBefore[charIndex];
    }
}
