package whosaid.decode;

import java.util.List;

/**
 * Turns classifier posteriors into emissions for decoding by temperature scaling ({@code p_i^(1/T)}, renormalised).
 *
 * <p>Text classifiers are over-confident (Naive Bayes posteriors sit at 0 or 1), and then sequence decoding can
 * change nothing and a confidence threshold means nothing. The temperature is fitted on held-out predictions, to
 * minimise their negative log-likelihood.
 */
public record Calibration(double temperature) {
    public static final Calibration NONE = new Calibration(1);
    private static final double FLOOR = 1e-12;

    public double[] apply(double[] posteriors) {
        double[] out = new double[posteriors.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(Math.max(posteriors[i], FLOOR)) / temperature;
            max = Math.max(max, out[i]);
        }
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(out[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** One held-out prediction: the raw posteriors and the true label. */
    public record HeldOut(double[] posteriors, int truth) {
    }

    /** The temperature that best explains the true labels of held-out predictions (grid search, log scale). */
    public static Calibration fit(List<HeldOut> heldOut) {
        if (heldOut.isEmpty()) {
            return NONE;
        }
        Calibration best = NONE;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double logT = -1.5; logT <= 6.0; logT += 0.05) {
            Calibration c = new Calibration(Math.exp(logT));
            double loss = 0;
            for (HeldOut h : heldOut) {
                loss -= Math.log(Math.max(c.apply(h.posteriors())[h.truth()], FLOOR));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = c;
            }
        }
        return best;
    }
}
