package whosaid.decode;

import java.io.Serializable;
import java.util.List;

/**
 * Temperature scaling of classifier posteriors: {@code p_i^(1/T)}, renormalised.
 *
 * <p>Text classifiers are over-confident (Naive Bayes posteriors sit at 0 or 1), and then sequence decoding can
 * change nothing. The temperature is fitted on held-out predictions to minimise their negative log-likelihood.
 */
public record Calibration(double temperature) implements Serializable {
    public static final Calibration NONE = new Calibration(1);
    private static final double FLOOR = 1e-12;

    public double[] apply(double[] posteriors) {
        double[] out = new double[posteriors.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(Math.log(Math.max(posteriors[i], FLOOR)) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** The temperature that best explains the true labels of held-out posteriors (a grid search: one parameter). */
    public static Calibration fit(List<double[]> posteriors, List<Integer> truth) {
        double bestT = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double logT = -1.5; logT <= 3.0; logT += 0.05) {
            Calibration c = new Calibration(Math.exp(logT));
            double loss = 0;
            for (int i = 0; i < posteriors.size(); i++) {
                loss -= Math.log(Math.max(c.apply(posteriors.get(i))[truth.get(i)], FLOOR));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = c.temperature();
            }
        }
        return new Calibration(bestT);
    }
}
