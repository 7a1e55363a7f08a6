package whosaid.decode;

import java.util.Arrays;

/**
 * The sequence model of voices: a prior offset per voice, and per voice the probability that the next unit keeps
 * it, separately inside a paragraph and across a paragraph break (voices change far more often at a break). A
 * voice that is left goes to each other voice alike.
 *
 * <p>Per-voice stays let a short, confident run of a rare voice (a two-sentence Stalin quotation) survive while a
 * long voice is kept steady. All of it is fitted on out-of-fold predictions ({@link ChainFit}).
 *
 * @param offsets log-prior offset per voice, added to the log of each unit's emission (0: none)
 * @param stayWithin probability of keeping the voice from one unit to the next in the same paragraph
 * @param stayAcross the same across a paragraph break
 * @param passageWeight how strongly the passage's own mix of voices (the mean emission of its other units) weighs
 *     on each unit: emissions are multiplied by that mix raised to this power (0: not at all). A whole work read by
 *     a classifier right on most of its units is pulled to its voice; a page of many voices, whose mix is flat,
 *     hardly at all.
 */
public record VoiceChain(double[] offsets, double[] stayWithin, double[] stayAcross, double passageWeight) {

    public VoiceChain {
        offsets = offsets.clone();
        stayWithin = stayWithin.clone();
        stayAcross = stayAcross.clone();
        int k = offsets.length;
        if (!(passageWeight >= 0)) {
            throw new IllegalArgumentException("the passage weight must be 0 or more, not " + passageWeight);
        }
        if (k < 1 || stayWithin.length != k || stayAcross.length != k) {
            throw new IllegalArgumentException("one offset and two stay probabilities per voice");
        }
        for (int i = 0; i < k; i++) {
            checkProbability(stayWithin[i]);
            checkProbability(stayAcross[i]);
        }
    }

    /** No offsets, and every next voice equally likely: decoding then labels each unit by its own emission. */
    public static VoiceChain neutral(int labels) {
        double[] stay = new double[labels];
        Arrays.fill(stay, 1.0 / labels);
        return new VoiceChain(new double[labels], stay, stay, 0);
    }

    public int labels() {
        return offsets.length;
    }

    /** The probability of going from voice {@code from} to voice {@code to}. */
    public double transition(int from, int to, boolean paragraphBreak) {
        double stay = paragraphBreak ? stayAcross[from] : stayWithin[from];
        return from == to ? stay : (1 - stay) / Math.max(1, labels() - 1);
    }

    /** The emission with the voice offsets applied, renormalised. */
    public double[] shift(double[] emission) {
        double[] out = new double[emission.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = emission[i] * Math.exp(offsets[i]);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = sum > 0 ? out[i] / sum : 1.0 / out.length;
        }
        return out;
    }

    /**
     * Every unit's emission with the offsets applied and, where {@code fixed} is false, the passage's mix of voices
     * weighed in. Fixed units (decided by a quotation sieve) keep their evidence: a short quotation must not be
     * pulled to the voice around it.
     */
    public double[][] prepare(double[][] emissions, boolean[] fixed) {
        int n = emissions.length;
        double[][] out = new double[n][];
        double[] mix = new double[labels()];
        for (int t = 0; t < n; t++) {
            out[t] = shift(emissions[t]);
            for (int y = 0; y < mix.length; y++) {
                mix[y] += out[t][y] / n;
            }
        }
        if (passageWeight == 0 || n < 2) {
            return out;
        }
        for (int t = 0; t < n; t++) {
            if (fixed != null && fixed[t]) {
                continue;
            }
            // the mix of the other units: a unit's own evidence must not count twice
            double[] own = out[t].clone();
            double sum = 0;
            for (int y = 0; y < mix.length; y++) {
                double others = (n * mix[y] - own[y]) / (n - 1);
                out[t][y] = own[y] * Math.pow(Math.max(others, 1e-6), passageWeight);
                sum += out[t][y];
            }
            for (int y = 0; y < mix.length; y++) {
                out[t][y] /= sum;
            }
        }
        return out;
    }

    VoiceChain withOffset(int voice, double value) {
        double[] o = offsets.clone();
        o[voice] = value;
        return new VoiceChain(o, stayWithin, stayAcross, passageWeight);
    }

    VoiceChain withStay(int voice, boolean across, double value) {
        double[] within = stayWithin.clone();
        double[] acrossBreak = stayAcross.clone();
        (across ? acrossBreak : within)[voice] = value;
        return new VoiceChain(offsets, within, acrossBreak, passageWeight);
    }

    VoiceChain withPassageWeight(double weight) {
        return new VoiceChain(offsets, stayWithin, stayAcross, weight);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceChain c && passageWeight == c.passageWeight && Arrays.equals(offsets, c.offsets)
                && Arrays.equals(stayWithin, c.stayWithin) && Arrays.equals(stayAcross, c.stayAcross);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(offsets) * 31 * 31 + Arrays.hashCode(stayWithin) * 31 + Arrays.hashCode(stayAcross))
                * 31 + Double.hashCode(passageWeight);
    }

    @Override
    public String toString() {
        return "offsets " + Arrays.toString(offsets) + ", stay within a paragraph " + Arrays.toString(stayWithin)
                + ", across a break " + Arrays.toString(stayAcross) + ", passage weight " + passageWeight;
    }

    private static void checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a stay probability must lie strictly between 0 and 1, not " + p);
        }
    }
}
