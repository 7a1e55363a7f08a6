package whosaid.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import whosaid.decode.SequenceDecoder;
import whosaid.decode.TransitionMatrix;
import whosaid.features.AnalyzedUnit;
import whosaid.features.Featurizer;
import whosaid.features.Featurizer.Featurized;
import whosaid.model.Posteriors;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;

/**
 * Labels passages with a model: units, features, calibrated classifier posteriors, then (with context) the most
 * likely voice sequence over the passage. Thread-safe; each thread classifies with its own copy of the classifier.
 */
public final class Labeler {
    private final WhosaidModel model;
    private final Segmenter segmenter;
    private final Featurizer featurizer;
    private final ThreadLocal<Classifier> classifier;

    public Labeler(WhosaidModel model) {
        this(model, new Segmenter());
    }

    public Labeler(WhosaidModel model, Segmenter segmenter) {
        this.model = model;
        this.segmenter = segmenter;
        this.featurizer = new Featurizer(model.speakers(), model.families());
        this.classifier = ThreadLocal.withInitial(() -> copy(model.classifier()));
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
        for (int i = 0; i < emissions.length; i++) {
            // one unit's features at a time: all of them for a book-length passage would not fit in memory
            emissions[i] = emission(analyzed.get(i), featurizer.features(analyzed, i));
        }
        return decode(analyzed, emissions, model.labels(), model.transitions(), context);
    }

    /** Labels a passage whose features are already extracted (cross-validation reuses them across folds). */
    public List<LabeledUnit> label(Featurized featurized, boolean context) {
        double[][] emissions = new double[featurized.units().size()][];
        for (int i = 0; i < emissions.length; i++) {
            emissions[i] = emission(featurized.units().get(i), featurized.features().get(i));
        }
        return decode(featurized, emissions, model.labels(), model.transitions(), context);
    }

    /** The calibrated probability of each label for one unit, the unit alone. */
    public double[] emission(AnalyzedUnit unit, Map<String, Double> features) {
        return model.calibration().apply(Posteriors.of(model, classifier.get(), features),
                model.labels().indexOf(unit.quotedSpeaker()));
    }

    /**
     * Picks each unit's label from its emissions: alone ({@code context} false), or as the most likely voice
     * sequence over the passage, with probabilities given the whole passage.
     */
    public static List<LabeledUnit> decode(Featurized featurized, double[][] emissions, List<String> labels,
                                           TransitionMatrix transitions, boolean context) {
        return decode(featurized.units(), emissions, labels, transitions, context);
    }

    private static List<LabeledUnit> decode(List<AnalyzedUnit> units, double[][] emissions, List<String> labels,
                                            TransitionMatrix transitions, boolean context) {
        int n = emissions.length;
        int[] path;
        double[][] probabilities;
        if (context) {
            SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, transitions);
            path = decoding.path();
            probabilities = decoding.marginals();
        } else {
            path = new int[n];
            for (int i = 0; i < n; i++) {
                path[i] = argmax(emissions[i]);
            }
            probabilities = emissions;
        }
        List<LabeledUnit> labeled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labeled.add(new LabeledUnit(units.get(i).unit(), labels.get(path[i]),
                    probabilities[i][path[i]], probabilities[i], units.get(i).cue()));
        }
        return labeled;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Classifier copy(Classifier classifier) {
        try {
            return AbstractClassifier.makeCopy(classifier);
        } catch (Exception e) {
            throw new IllegalStateException("cannot copy the model's classifier", e);
        }
    }
}
