package whosaid.decode;

import java.io.Serializable;
import java.util.List;

/**
 * Turns classifier posteriors into emissions for decoding: temperature scaling ({@code p_i^(1/T)}, renormalised),
 * and a boost for the voice an introducer names ("Lenin writes:") on the quotation that follows it.
 *
 * <p>Text classifiers are over-confident (Naive Bayes posteriors sit at 0 or 1), and then sequence decoding can
 * change nothing; and a quotation's words alone rarely tell whose they are, while its introducer often does. Both
 * parameters are fitted on held-out predictions, to minimise their negative log-likelihood.
 *
 * @param quoteBoost how many times more likely the named voice becomes on a quotation (1: no boost)
 */
public record Calibration(double temperature, double quoteBoost) implements Serializable {
    public static final Calibration NONE = new Calibration(1, 1);
    private static final double FLOOR = 1e-12;
    private static final double[] BOOSTS = {1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32};

    /** @param quotedLabel the label index an introducer names for this unit, or -1 */
    public double[] apply(double[] posteriors, int quotedLabel) {
        double[] out = new double[posteriors.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(Math.log(Math.max(posteriors[i], FLOOR)) / temperature);
            if (i == quotedLabel) {
                out[i] *= quoteBoost;
            }
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** One held-out prediction: the raw posteriors, the label an introducer named (-1 if none), the true label. */
    public record HeldOut(double[] posteriors, int quotedLabel, int truth) {
    }

    /** The parameters that best explain the true labels of held-out predictions (grid search over two numbers). */
    public static Calibration fit(List<HeldOut> heldOut) {
        Calibration best = NONE;
        double bestLoss = Double.POSITIVE_INFINITY;
        boolean anyQuoted = heldOut.stream().anyMatch(h -> h.quotedLabel() >= 0);
        for (double logT = -1.5; logT <= 3.0; logT += 0.05) {
            for (double boost : anyQuoted ? BOOSTS : new double[] {1}) {
                Calibration c = new Calibration(Math.exp(logT), boost);
                double loss = 0;
                for (HeldOut h : heldOut) {
                    loss -= Math.log(Math.max(c.apply(h.posteriors(), h.quotedLabel())[h.truth()], FLOOR));
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = c;
                }
            }
        }
        return best;
    }
}
