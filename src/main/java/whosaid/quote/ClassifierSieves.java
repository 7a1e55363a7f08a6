package whosaid.quote;

import java.util.ArrayList;
import java.util.List;
import whosaid.Argmax;
import whosaid.text.SegmentCue;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * Applies the sieves' decisions to the classifier's emissions, and runs the two sieves that need them.
 *
 * <p>A rule sieve's voice becomes the unit's emission with probability {@link #SIEVE_PROBABILITY} (the rest shared
 * as the classifier shares it); "someone else" becomes the the model's label for anyone else label; "the author" becomes the
 * voice the classifier hears in the words around the quotation. Then:
 * <ul>
 *   <li>{@link Sieve#CONTINUATION}: after a colon quotation (the scrape lost its marks) naming a voice, the
 *       following sentences of the paragraph keep that voice for as long as the classifier hears it at least as
 *       much as the author's voice;</li>
 *   <li>{@link Sieve#UNATTRIBUTED}: a quotation between marks that no rule attributes is not the surrounding
 *       author's words unless the classifier is at least {@link #CONFIDENT} of it; of the other voices, it is
 *       "anyone else" (the model's label for anyone else) unless the classifier is as sure of one of them: a quotation nobody
 *       is named for is most often of someone who is none of the voices (Marx, a newspaper, a resolution).</li>
 * </ul>
 */
public final class ClassifierSieves {
    static final double SIEVE_PROBABILITY = 0.9;
    static final double CONFIDENT = 0.8;
    /** How sure "anyone else" is for a quotation nobody is named for: the likeliest, but far from certain. */
    static final double UNATTRIBUTED_PROBABILITY = 0.6;

    private final List<String> labels;
    private final int other;
    private final boolean continuation;
    private final boolean unattributed;

    /** @param otherLabel the label of anyone who is none of the named voices: one of {@code labels} */
    public ClassifierSieves(List<String> labels, String otherLabel) {
        this(labels, otherLabel, java.util.Set.of());
    }

    /** @param off sieves switched off ({@link Sieve#CONTINUATION}, {@link Sieve#UNATTRIBUTED}; others are ignored) */
    public ClassifierSieves(List<String> labels, String otherLabel, java.util.Set<Sieve> off) {
        this.labels = List.copyOf(labels);
        this.continuation = !off.contains(Sieve.CONTINUATION);
        this.unattributed = !off.contains(Sieve.UNATTRIBUTED);
        this.other = labels.indexOf(otherLabel);
        if (other < 0) {
            throw new IllegalArgumentException("'" + otherLabel + "' is not one of the labels " + labels);
        }
    }

    /** The emissions after the sieves, and each unit's cue with the sieve that decided it. */
    public record Sieved(double[][] emissions, List<Cue> cues) {
        /** Which units a sieve decided: their evidence is the rule's, not the classifier's. */
        public boolean[] fixed() {
            boolean[] fixed = new boolean[cues.size()];
            for (int i = 0; i < fixed.length; i++) {
                Attribution a = cues.get(i).attribution();
                fixed[i] = a != null && a.sieve() != Sieve.UNATTRIBUTED;
            }
            return fixed;
        }
    }

    /** @param emissions each unit's calibrated emission; not modified */
    public Sieved apply(List<Unit> units, List<Cue> cues, double[][] emissions) {
        int n = units.size();
        double[][] out = new double[n][];
        List<Cue> decided = new ArrayList<>(cues);
        for (int i = 0; i < n; i++) {
            out[i] = emissions[i];
        }
        for (int i = 0; i < n; i++) {
            Unit unit = units.get(i);
            Attribution a = cues.get(i).attribution();
            if (a != null) {
                int voice = resolve(a, units, emissions, i);
                if (voice < 0) {
                    decided.set(i, cues.get(i).withAttribution(null));
                    continue;
                }
                out[i] = decide(emissions[i], voice);
                if (continuation && !unit.has(SegmentCue.QUOTE) && a.namesVoice()) { // marks lost
                    i = continueQuotation(units, cues, emissions, out, decided, i, voice);
                }
            } else if (unattributed && unit.kind() == UnitKind.QUOTATION && unit.has(SegmentCue.QUOTE)) {
                // only between quotation marks: the words after a bare colon are as often the author's own
                int author = author(units, emissions, i, -1);
                // "anyone else" is never excluded: an encyclopedia quoting Marx is the narrator quoting another
                boolean authorIsAVoice = author >= 0 && author != other;
                if (!authorIsAVoice || emissions[i][author] < CONFIDENT) {
                    double[] others = authorIsAVoice ? without(emissions[i], author) : emissions[i];
                    int voice = Argmax.of(others);
                    if (voice == other || others[voice] < CONFIDENT) {
                        voice = other;
                        others = decide(others, other, Math.max(others[other], UNATTRIBUTED_PROBABILITY));
                    }
                    out[i] = others;
                    decided.set(i, cues.get(i).withAttribution(new Attribution(Sieve.UNATTRIBUTED, labels.get(voice))));
                }
            }
        }
        return new Sieved(out, decided);
    }

    /** The sentences after a colon quotation that still read as the quoted voice; returns the last one taken. */
    private int continueQuotation(List<Unit> units, List<Cue> cues, double[][] emissions, double[][] out,
                                  List<Cue> decided, int q, int voice) {
        int author = author(units, emissions, q, voice);
        int j = q + 1;
        for (; j < units.size(); j++) {
            Unit u = units.get(j);
            if (u.paragraph() != units.get(q).paragraph() || u.kind() != UnitKind.SENTENCE
                    || cues.get(j).attribution() != null
                    || (author >= 0 && emissions[j][voice] < emissions[j][author])) {
                break;
            }
            out[j] = decide(emissions[j], voice);
            decided.set(j, cues.get(j).withAttribution(new Attribution(Sieve.CONTINUATION, labels.get(voice))));
        }
        return j - 1;
    }

    private int resolve(Attribution a, List<Unit> units, double[][] emissions, int i) {
        return switch (a.voice()) {
            case Attribution.OTHER -> other;
            case Attribution.AUTHOR -> author(units, emissions, i, -1);
            default -> labels.indexOf(a.voice());
        };
    }

    /**
     * The voice the classifier hears around quotation {@code q}: in the nearest unit before it in the paragraph
     * that is not a quotation (its introducer, usually), {@code except} left out; -1 if there is none.
     */
    private static int author(List<Unit> units, double[][] emissions, int q, int except) {
        for (int i = q - 1; i >= 0 && units.get(i).paragraph() == units.get(q).paragraph(); i--) {
            if (units.get(i).kind() != UnitKind.QUOTATION) {
                double[] e = except < 0 ? emissions[i] : without(emissions[i], except);
                return Argmax.of(e);
            }
        }
        return -1;
    }

    /** The emission with {@code voice} at {@link #SIEVE_PROBABILITY} and the rest shared as before. */
    static double[] decide(double[] emission, int voice) {
        return decide(emission, voice, SIEVE_PROBABILITY);
    }

    private static double[] decide(double[] emission, int voice, double probability) {
        double rest = 0;
        for (int i = 0; i < emission.length; i++) {
            rest += i == voice ? 0 : emission[i];
        }
        double[] out = new double[emission.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = i == voice ? probability
                    : rest > 0 ? (1 - probability) * emission[i] / rest : (1 - probability) / (out.length - 1);
        }
        return out;
    }

    private static double[] without(double[] emission, int voice) {
        double[] out = emission.clone();
        double rest = 1 - out[voice];
        out[voice] = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = rest > 0 ? out[i] / rest : i == voice ? 0 : 1.0 / (out.length - 1);
        }
        return out;
    }
}
