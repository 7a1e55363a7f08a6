package whosaid.features;

import java.util.List;

/**
 * Character 2- to 5-grams over the unit's text distorted so that only style is left: speakers' names masked,
 * letters of every uncommon word replaced by '*', digits by '#', whitespace runs by one space. "The Soviet mobilizes
 * the forces" becomes "the ****** ********* the ******". Counts are log-scaled and L2-normalised per unit.
 */
public final class DistortedCharFeatures implements FeatureExtractor {
    static final int MIN_N = 2;
    static final int MAX_N = 5;
    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[1][256]);

    @Override
    public String family() {
        return "chars";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        String text = passage.get(index).maskedText();
        char[][] holder = BUFFER.get();
        if (holder[0].length < text.length() + 2) {
            holder[0] = new char[text.length() * 2 + 2];
        }
        char[] buf = holder[0];
        int n = distort(text, buf);
        for (int i = 0; i < n; i++) {
            int h = FeatureIds.SEED;
            for (int len = 1; len <= MAX_N && i + len <= n; len++) {
                h = FeatureIds.mix(h, buf[i + len - 1]);
                if (len >= MIN_N) {
                    sink.add(FeatureIds.id(FeatureIds.CHAR, h), 1);
                }
            }
        }
        sink.logScale(FeatureIds.CHAR);
    }

    /** Writes the distorted text, framed by spaces, into {@code out}; returns its length. */
    static int distort(String text, char[] out) {
        int n = 0;
        out[n++] = ' ';
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = n;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    out[n++] = Character.toLowerCase(text.charAt(i++));
                }
                if (!CommonWords.kept(out, start, n)) {
                    java.util.Arrays.fill(out, start, n, '*');
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (out[n - 1] != ' ') {
                    out[n++] = ' ';
                }
            } else {
                out[n++] = Character.isDigit(c) ? '#' : c == '’' ? '\'' : c;
            }
            i++;
        }
        if (out[n - 1] != ' ') {
            out[n++] = ' ';
        }
        return n;
    }
}
