package whosaid.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import whosaid.Argmax;
import whosaid.decode.FrameDecoder;
import whosaid.decode.SequenceDecoder;
import whosaid.decode.VoiceChain;
import whosaid.features.AnalyzedUnit;
import whosaid.features.Featurizer;
import whosaid.features.Featurizer.Featurized;
import whosaid.features.KnownFeatures;
import whosaid.model.FrameDecoding;
import whosaid.model.WhosaidModel;
import whosaid.quote.ClassifierSieves;
import whosaid.quote.Cue;
import whosaid.quote.Sieve;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;

/**
 * Labels passages with a model: units, features, calibrated classifier posteriors, the quotation sieves, then (with
 * context) the passage decoded by its frame voice, sections and insertions ({@link FrameDecoding}). Thread-safe.
 */
public final class Labeler {
    private final WhosaidModel model;
    private final Segmenter segmenter;
    private final Featurizer featurizer;
    private final ClassifierSieves sieves;
    private final Set<Sieve> sievesOff;

    public Labeler(WhosaidModel model) {
        this(model, new Segmenter());
    }

    public Labeler(WhosaidModel model, Segmenter segmenter) {
        this(model, segmenter, Set.of());
    }

    /** @param sievesOff quotation sieves switched off, to measure what each one brings */
    public Labeler(WhosaidModel model, Set<Sieve> sievesOff) {
        this(model, new Segmenter(), sievesOff);
    }

    private Labeler(WhosaidModel model, Segmenter segmenter, Set<Sieve> sievesOff) {
        this.model = model;
        this.segmenter = segmenter;
        this.featurizer = new Featurizer(model.speakers(), model.families(), sievesOff);
        this.sieves = new ClassifierSieves(model.labels(), model.otherLabel(), sievesOff);
        this.sievesOff = Set.copyOf(sievesOff);
    }

    public WhosaidModel model() {
        return model;
    }

    public List<LabeledUnit> label(Passage passage, boolean context) {
        return label(segmenter.segment(passage), context);
    }

    /** Labels units already cut (by this segmenter or another), in passage order. */
    public List<LabeledUnit> label(List<Unit> units, boolean context) {
        List<AnalyzedUnit> analyzed = featurizer.analyze(units);
        double[][] emissions = new double[analyzed.size()][];
        // known features are kept only for pooling a passage by frame; units alone need one unit's at a time
        List<KnownFeatures> kept = context && model.frame() != null ? new ArrayList<>(emissions.length) : null;
        for (int i = 0; i < emissions.length; i++) {
            KnownFeatures known = featurizer.known(analyzed, i, model.space());
            emissions[i] = emission(known);
            if (kept != null) {
                kept.add(known);
            }
        }
        return decide(analyzed, kept, emissions, context);
    }

    /** Labels a passage whose features are already extracted (cross-validation reuses them across folds). */
    public List<LabeledUnit> label(Featurized featurized, boolean context) {
        List<KnownFeatures> known = featurized.features().stream().map(model.space()::resolve).toList();
        double[][] emissions = new double[known.size()][];
        for (int i = 0; i < emissions.length; i++) {
            emissions[i] = emission(known.get(i));
        }
        // the features do not depend on the sieves; the cues do, so they are read again with some switched off
        List<AnalyzedUnit> units = sievesOff.isEmpty() ? featurized.units()
                : featurizer.analyze(featurized.units().stream().map(AnalyzedUnit::unit).toList());
        return decide(units, known, emissions, context);
    }

    /** The calibrated probability of each label for one unit, the unit alone, before the quotation sieves. */
    public double[] emission(KnownFeatures features) {
        return model.calibration().apply(model.scorer().posteriors(model.space().weigh(features)));
    }

    /**
     * The quotation sieves, then each unit's label: alone, or decoded over the passage (by frame and insertion when
     * the model has a frame classifier, else by the voice chain).
     *
     * @param features each unit's known features, needed only to decode by frame (null otherwise)
     */
    public List<LabeledUnit> decide(List<AnalyzedUnit> units, List<KnownFeatures> features, double[][] emissions,
                                    boolean context) {
        ClassifierSieves.Sieved sieved = sieves.apply(units.stream().map(AnalyzedUnit::unit).toList(),
                units.stream().map(AnalyzedUnit::cue).toList(), emissions);
        if (context && model.frame() != null) {
            return byFrame(units, features, sieved);
        }
        return decode(units, sieved, model.labels(), model.chain(), context);
    }

    private List<LabeledUnit> byFrame(List<AnalyzedUnit> units, List<KnownFeatures> features,
                                      ClassifierSieves.Sieved sieved) {
        List<String> labels = model.labels();
        FrameDecoding ready = FrameDecoding.of(units, features, sieved, labels, model.otherLabel(),
                model.frame().headingProbability(), model.frame().sieveProbabilities());
        FrameDecoder.Decoding d = ready.decode(model);
        int frameVoice = d.frame() == null ? -1 : Argmax.of(d.frame());
        List<LabeledUnit> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Frame where = Frame.NONE;
            if (d.sectionOf()[i] >= 0) {
                FrameDecoder.Section s = d.sections().get(d.sectionOf()[i]);
                where = new Frame(labels.get(frameVoice), d.frame()[frameVoice], d.sectionOf()[i],
                        labels.get(s.voice()), s.probabilities()[s.voice()]);
            }
            int y = d.path()[i];
            out.add(new LabeledUnit(units.get(i).unit(), labels.get(y), d.probabilities()[i][y],
                    d.probabilities()[i], ready.cues().get(i), where));
        }
        return out;
    }

    /**
     * Picks each unit's label from its emissions: alone ({@code context} false), or as the most likely voice
     * sequence over the passage, with probabilities given the whole passage.
     */
    private static List<LabeledUnit> decode(List<AnalyzedUnit> units, ClassifierSieves.Sieved sieved,
                                            List<String> labels, VoiceChain chain, boolean context) {
        double[][] emissions = sieved.emissions();
        List<Cue> cues = sieved.cues();
        int n = emissions.length;
        int[] path;
        double[][] probabilities;
        if (context) {
            boolean[] breaks = new boolean[n];
            for (int i = 1; i < n; i++) {
                breaks[i] = units.get(i).unit().paragraph() != units.get(i - 1).unit().paragraph();
            }
            SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, breaks, sieved.fixed(), chain);
            path = decoding.path();
            probabilities = decoding.marginals();
        } else {
            path = new int[n];
            probabilities = new double[n][];
            for (int i = 0; i < n; i++) {
                probabilities[i] = chain.shift(emissions[i]); // the voice offsets are priors: they apply alone too
                path[i] = Argmax.of(probabilities[i]);
            }
        }
        List<LabeledUnit> labeled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labeled.add(new LabeledUnit(units.get(i).unit(), labels.get(path[i]),
                    probabilities[i][path[i]], probabilities[i], cues.get(i)));
        }
        return labeled;
    }
}
