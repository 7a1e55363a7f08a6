package whosaid.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import whosaid.decode.FrameDecoder;
import whosaid.decode.FrameParameters;
import whosaid.features.AnalyzedUnit;
import whosaid.features.FeatureSpace;
import whosaid.features.KnownFeatures;
import whosaid.features.PooledFeatures;
import whosaid.quote.ClassifierSieves;
import whosaid.quote.Cue;
import whosaid.text.Headings;
import whosaid.text.Unit;

/**
 * A passage made ready for {@link FrameDecoder}: headings and the quotations the sieves attributed are insertions
 * with their decided probabilities; every other unit is the frame's own words, pooled with the frame classifier.
 * Labeling and the fit of the decoding parameters read passages through this one class.
 *
 * @param input what the decoder reads
 * @param cues each unit's cue, "heading" added where the rule fired
 * @param features each unit's features the model's dictionary knows, pooled for the frame classifier
 */
public record FrameDecoding(FrameDecoder.Input input, List<Cue> cues, List<KnownFeatures> features) {

    public static FrameDecoding of(List<AnalyzedUnit> analyzed, List<KnownFeatures> features,
                                   ClassifierSieves.Sieved sieved, List<String> labels, String otherLabel,
                                   double headingProbability, Map<String, Double> sieveProbabilities) {
        List<Unit> units = analyzed.stream().map(AnalyzedUnit::unit).toList();
        int n = units.size();
        boolean[] fixed = sieved.fixed();
        double[][] emissions = sieved.emissions().clone();
        List<Cue> cues = new ArrayList<>(sieved.cues());
        int[] paragraph = new int[n];
        boolean[] own = new boolean[n];
        int[] characters = new int[n];
        int other = labels.indexOf(otherLabel);
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            paragraph[i] = u.paragraph();
            characters[i] = u.text().length();
            Cue cue = cues.get(i);
            if (fixed[i] && cue.attribution() != null) {
                Double p = sieveProbabilities.get(cue.attribution().sieve().id());
                int voice = whosaid.Argmax.of(emissions[i]);
                // the sieve decides the voice; its measured precision only says how sure to be of it
                if (p != null && p > 1.0 / emissions[i].length) {
                    emissions[i] = concentrate(emissions[i], voice, p);
                }
            }
            if (other >= 0 && !fixed[i] && Headings.is(units, i)) {
                emissions[i] = concentrate(emissions[i], other, headingProbability);
                cues.set(i, new Cue(cues.get(i).introduces(), cues.get(i).attribution(), "heading"));
            } else {
                own[i] = !fixed[i] && !u.isQuotation();
            }
        }
        return new FrameDecoding(new FrameDecoder.Input(paragraph, own, characters, emissions), cues, features);
    }

    /** Decodes with a model's frame classifier and parameters. */
    public FrameDecoder.Decoding decode(WhosaidModel model) {
        return decode(model.space(), model.frame().classifier(), model.frame().parameters(), model.labels().size());
    }

    /**
     * Decodes with a frame classifier and parameters of one's own (fitting them). {@code space} must be the
     * dictionary this passage's known features were found in. The decoder pools runs of whole
     * paragraphs' own units, so first, last and count name a run: a section of one paragraph, or the frame of a
     * passage of one section, is pooled once. Public for training's grid search ({@code whosaid.train.FrameFit}).
     */
    public FrameDecoder.Decoding decode(FeatureSpace space, FrameClassifier classifier, FrameParameters parameters,
                                        int voices) {
        PooledFeatures pool = new PooledFeatures(space);
        Map<Span, double[]> pooled = new HashMap<>();
        return FrameDecoder.decode(input, members -> pooled.computeIfAbsent(
                new Span(members[0], members[members.length - 1], members.length), span -> {
                    for (int u : members) {
                        pool.add(features.get(u), input.characters()[u]);
                    }
                    return classifier.voices(pool.take(), voices);
                }), parameters, voices);
    }

    private record Span(int first, int last, int count) {
    }

    /** {@code p} on the voice, the rest shared among the others as the emission shares it. */
    static double[] concentrate(double[] emission, int voice, double p) {
        double rest = 1 - emission[voice];
        double[] out = new double[emission.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = v == voice ? p
                    : rest > 0 ? (1 - p) * emission[v] / rest : (1 - p) / (emission.length - 1);
        }
        return out;
    }
}
