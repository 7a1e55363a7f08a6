package whosaid.features;

/**
 * Logarithms of counts, read from a table when the count is a small whole number (nearly every n-gram occurs once
 * or twice in a unit or a paragraph). The table holds what {@link Math#log} and {@link Math#log1p} return, so the
 * values are the same to the last bit either way.
 */
final class CountLogs {
    private static final int TABLE = 64;
    private static final double[] LOG = new double[TABLE];
    private static final double[] LOG1P = new double[TABLE];

    static {
        for (int k = 0; k < TABLE; k++) {
            LOG[k] = Math.log(k);
            LOG1P[k] = Math.log1p(k);
        }
    }

    private CountLogs() {
    }

    static double log(double count) {
        int k = (int) count;
        return k == count && k >= 0 && k < TABLE ? LOG[k] : Math.log(count);
    }

    static double log1p(double count) {
        int k = (int) count;
        return k == count && k >= 0 && k < TABLE ? LOG1P[k] : Math.log1p(count);
    }
}
