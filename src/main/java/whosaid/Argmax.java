package whosaid;

/** The index of the largest of a row of probabilities: the first one on ties. */
public final class Argmax {
    private Argmax() {
    }

    public static int of(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
