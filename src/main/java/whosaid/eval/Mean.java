package whosaid.eval;

/** The running mean of a series of values, in the manner of OpenNLP's {@code Mean}. */
public final class Mean {
    private double sum;
    private long count;

    public void add(double value) {
        sum += value;
        count++;
    }

    public long count() {
        return count;
    }

    /** 0 for an empty series. */
    public double mean() {
        return count == 0 ? 0 : sum / count;
    }
}
