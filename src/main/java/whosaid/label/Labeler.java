package whosaid.label;

import java.util.ArrayList;
import java.util.List;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import whosaid.decode.SequenceDecoder;
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
        return label(featurizer.featurize(units), context);
    }

    /** Labels a passage whose features are already extracted (cross-validation reuses them across folds). */
    public List<LabeledUnit> label(Featurized featurized, boolean context) {
        int n = featurized.units().size();
        double[][] emissions = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] raw = Posteriors.of(model, classifier.get(), featurized.features().get(i));
            emissions[i] = model.calibration().apply(raw);
        }
        int[] path;
        double[][] probabilities;
        if (context) {
            SequenceDecoder.Decoding decoding = SequenceDecoder.decode(emissions, model.transitions());
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
            labeled.add(new LabeledUnit(featurized.units().get(i).unit(), model.labels().get(path[i]),
                    probabilities[i][path[i]], probabilities[i], featurized.units().get(i).cue()));
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
