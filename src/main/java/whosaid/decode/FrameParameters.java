package whosaid.decode;

/**
 * How frame decoding weighs its evidence; all of it fitted on out-of-fold predictions (see
 * {@code whosaid.train.FrameFit}).
 *
 * @param switchCost the log-probability cost of opening a section of another voice at a paragraph break
 * @param fullParagraph the characters a paragraph needs for its pooled evidence to count in full; a shorter one
 *     counts in proportion (a two-line paragraph says less about its author than a page)
 * @param unitWeight how much a unit's own emission weighs against its section's voice: the unit's probabilities
 *     are the section's times the emission raised to this power (0: the section decides alone)
 * @param temperature calibrates those products into probabilities that mean what they say
 */
public record FrameParameters(double switchCost, double fullParagraph, double unitWeight, double temperature) {
    public static final FrameParameters DEFAULT = new FrameParameters(3, 1000, 0.25, 1);

    public FrameParameters {
        if (!(switchCost >= 0) || !(fullParagraph > 0) || !(unitWeight >= 0) || !(temperature > 0)
                || Double.isInfinite(switchCost + fullParagraph + unitWeight + temperature)) {
            throw new IllegalArgumentException("frame parameters out of range: switch cost " + switchCost
                    + ", full paragraph " + fullParagraph + ", unit weight " + unitWeight + ", temperature "
                    + temperature);
        }
    }

    public FrameParameters withTemperature(double t) {
        return new FrameParameters(switchCost, fullParagraph, unitWeight, t);
    }

    /** A unit's probabilities: its section's times its own emission to the unit weight, tempered, renormalised. */
    public double[] unit(double[] section, double[] emission) {
        double[] out = new double[section.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < out.length; v++) {
            out[v] = (Math.log(Math.max(section[v], 1e-12)) + unitWeight * Math.log(Math.max(emission[v], 1e-12)))
                    / temperature;
            max = Math.max(max, out[v]);
        }
        double sum = 0;
        for (int v = 0; v < out.length; v++) {
            out[v] = Math.exp(out[v] - max);
            sum += out[v];
        }
        for (int v = 0; v < out.length; v++) {
            out[v] /= sum;
        }
        return out;
    }
}
