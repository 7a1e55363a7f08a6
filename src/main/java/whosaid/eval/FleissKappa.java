package whosaid.eval;

import java.util.List;

/**
 * Fleiss' kappa: agreement beyond chance among a fixed number of raters who each gave every item one label
 * (Fleiss 1971). Cohen's kappa ({@link ConfusionMatrix#kappa()}) is the two-rater measure; this one takes three
 * or more. An accumulator: add the ratings of one item at a time.
 */
public final class FleissKappa {
    private final List<String> labels;
    private final int raters;
    private final long[] labelTotals;
    private double agreementSum;
    private long items;

    public FleissKappa(List<String> labels, int raters) {
        if (raters < 2) {
            throw new IllegalArgumentException("agreement needs at least 2 raters, not " + raters);
        }
        this.labels = List.copyOf(labels);
        this.raters = raters;
        this.labelTotals = new long[labels.size()];
    }

    /** The labels the raters gave one item, one per rater. */
    public void add(List<String> ratings) {
        if (ratings.size() != raters) {
            throw new IllegalArgumentException(ratings.size() + " ratings for " + raters + " raters");
        }
        long[] counts = new long[labels.size()];
        for (String rating : ratings) {
            int i = labels.indexOf(rating);
            if (i < 0) {
                throw new IllegalArgumentException("unknown label '" + rating + "' (known: " + labels + ")");
            }
            counts[i]++;
        }
        long agreeingPairs = 0;
        for (int i = 0; i < counts.length; i++) {
            agreeingPairs += counts[i] * (counts[i] - 1);
            labelTotals[i] += counts[i];
        }
        agreementSum += agreeingPairs / (double) (raters * (raters - 1));
        items++;
    }

    public long items() {
        return items;
    }

    /** The mean share of rater pairs that agree on an item. */
    public double observed() {
        return items == 0 ? 0 : agreementSum / items;
    }

    /** The agreement expected by chance from how often each label was given overall. */
    public double expected() {
        double expected = 0;
        for (long total : labelTotals) {
            double share = items == 0 ? 0 : total / (double) (items * raters);
            expected += share * share;
        }
        return expected;
    }

    /** (observed - expected) / (1 - expected); 1 when every rating is the same label. */
    public double kappa() {
        if (items == 0) {
            return 0;
        }
        double expected = expected();
        return expected == 1 ? 1 : (observed() - expected) / (1 - expected);
    }
}
