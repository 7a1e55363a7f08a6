package whosaid.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import weka.classifiers.Classifier;
import weka.core.Instances;
import whosaid.decode.Calibration;
import whosaid.decode.TransitionMatrix;
import whosaid.features.FeatureSpace;
import whosaid.features.Featurizer;
import whosaid.features.Speakers;

/**
 * Trains a whosaid model: the feature dictionary and a class-balanced Weka classifier on every labeled unit, a
 * temperature fitted on grouped held-out predictions, and the voice transitions of the hand-labeled passages.
 */
public final class Trainer {
    private final List<String> labels;
    private final Speakers speakers;
    private final TrainingOptions options;

    public Trainer(List<String> labels, Speakers speakers, TrainingOptions options) {
        this.labels = List.copyOf(labels);
        this.speakers = speakers;
        this.options = options;
    }

    public List<String> labels() {
        return labels;
    }

    public TrainingOptions options() {
        return options;
    }

    /** Features of every passage, computed in parallel and returned in input order. */
    public List<FeaturizedPassage> featurize(List<LabeledPassage> passages) {
        Featurizer featurizer = new Featurizer(speakers, options.families());
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return pool.submit(() -> passages.parallelStream()
                    .map(p -> new FeaturizedPassage(p, featurizer.featurize(p.units())))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The full model: classifier on everything, calibration from grouped folds, transitions from hand labels. */
    public WhosaidModel train(List<FeaturizedPassage> data, ModelMetadata metadata) {
        WhosaidModel fitted = fit(data);
        Calibration calibration = options.calibrationFolds() >= 2 ? calibrate(data) : Calibration.NONE;
        Map<String, Double> scores = new LinkedHashMap<>(metadata.scores());
        scores.put("temperature", calibration.temperature());
        ModelMetadata withScores = new ModelMetadata(metadata.whosaidVersion(), metadata.wekaVersion(),
                metadata.data(), metadata.unitsPerLabel(), metadata.options(), scores);
        return new WhosaidModel(labels, options.families(), speakers, fitted.space(), fitted.header(),
                fitted.classifier(), calibration, transitions(data), withScores);
    }

    /** Classifier and dictionary only (no calibration, no decoding): what each calibration fold needs. */
    WhosaidModel fit(List<FeaturizedPassage> data) {
        List<Map<String, Double>> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (FeaturizedPassage p : data) {
            int copies = p.passage().handLabeled() ? options.handLabeledCopies() : 1;
            for (int i = 0; i < p.passage().units().size(); i++) {
                String label = p.passage().labels().get(i);
                if (label == null) {
                    continue;
                }
                int cls = labels.indexOf(label);
                if (cls < 0) {
                    throw new IllegalArgumentException("label " + label + " is not in the label set " + labels);
                }
                for (int c = 0; c < copies; c++) {
                    rows.add(p.featurized().features().get(i));
                    classes.add(cls);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no labeled units to train on");
        }
        FeatureSpace space = FeatureSpace.build(rows, options.minCount(), options.maxFeatures());
        Instances header = WekaBridge.header(space, labels);
        Classifier classifier = Classifiers.forSpec(options.classifier());
        int[] counts = new int[labels.size()];
        classes.forEach(c -> counts[c]++);
        double[] weights = Classifiers.balance(classifier, counts);
        Instances train = new Instances(header, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            train.add(WekaBridge.instance(header, space.vectorize(rows.get(r)), classes.get(r), weights[classes.get(r)]));
        }
        try {
            de.bwaldvogel.liblinear.Linear.resetRandom(); // LIBLINEAR's random state is global: reset for repeatability
            classifier.buildClassifier(train);
        } catch (Exception e) {
            throw new IllegalStateException("training " + options.classifier() + " failed: " + e.getMessage(), e);
        }
        return new WhosaidModel(labels, options.families(), speakers, space, header, classifier, Calibration.NONE,
                TransitionMatrix.uniform(labels.size()), null);
    }

    /** Fits the temperature on predictions for groups each fold's model never saw. */
    private Calibration calibrate(List<FeaturizedPassage> data) {
        List<String> groups = data.stream().map(p -> p.passage().group()).toList();
        int k = (int) Math.min(options.calibrationFolds(), groups.stream().distinct().count());
        if (k < 2) {
            return Calibration.NONE;
        }
        Map<String, Integer> fold = GroupFolds.assign(groups, k, options.seed());
        List<double[]> posteriors = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int test = f;
            List<FeaturizedPassage> train = data.stream().filter(p -> fold.get(p.passage().group()) != test).toList();
            WhosaidModel model = fit(train);
            for (FeaturizedPassage p : data) {
                if (fold.get(p.passage().group()) != test) {
                    continue;
                }
                for (int i = 0; i < p.passage().units().size(); i++) {
                    String label = p.passage().labels().get(i);
                    if (label != null) {
                        posteriors.add(Posteriors.of(model, p.featurized().features().get(i)));
                        truth.add(labels.indexOf(label));
                    }
                }
            }
        }
        return Calibration.fit(posteriors, truth);
    }

    /** Voice transitions of the hand-labeled passages (weak labels never switch, so they teach nothing here). */
    private TransitionMatrix transitions(List<FeaturizedPassage> data) {
        List<int[]> sequences = new ArrayList<>();
        for (FeaturizedPassage p : data) {
            if (!p.passage().handLabeled()) {
                continue;
            }
            int[] sequence = p.passage().labels().stream().filter(java.util.Objects::nonNull)
                    .mapToInt(labels::indexOf).toArray();
            sequences.add(sequence);
        }
        return sequences.isEmpty() ? TransitionMatrix.uniform(labels.size())
                : TransitionMatrix.learn(sequences, labels.size(), options.transitionSmoothing());
    }
}
