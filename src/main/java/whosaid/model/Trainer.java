package whosaid.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import weka.classifiers.Classifier;
import weka.core.Instances;
import whosaid.Parallel;
import whosaid.decode.Calibration;
import whosaid.decode.TransitionMatrix;
import whosaid.features.FeatureSpace;
import whosaid.features.Featurizer;
import whosaid.features.Speakers;
import whosaid.io.Progress;

/**
 * Trains a whosaid model: the feature dictionary and a class-balanced Weka classifier on every labeled unit; the
 * calibration and the weight of decoding, fitted on grouped held-out predictions; and how long each voice runs,
 * learned from the hand-labeled passages.
 */
public final class Trainer {
    private static final int MIN_HAND_LABELED_FOR_CALIBRATION = 50;

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
        return featurize(passages, Progress.IDLE);
    }

    /** @param done stepped as each passage's features are ready */
    public List<FeaturizedPassage> featurize(List<LabeledPassage> passages, Progress.Task done) {
        Featurizer featurizer = new Featurizer(speakers, options.families());
        return Parallel.inPool(options.threads(), () -> passages.parallelStream()
                .map(p -> {
                    FeaturizedPassage featurized = new FeaturizedPassage(p, featurizer.featurize(p.units()));
                    done.step();
                    return featurized;
                })
                .toList());
    }

    /**
     * The full model: classifier on everything; calibration and the weight of the transitions fitted on grouped
     * held-out predictions; how long each voice runs learned from the hand-labeled passages.
     */
    public WhosaidModel train(List<FeaturizedPassage> data, ModelMetadata metadata) {
        return train(data, metadata, Progress.IDLE);
    }

    /** @param fitted stepped as each classifier is trained: the model's, then one per calibration fold */
    public WhosaidModel train(List<FeaturizedPassage> data, ModelMetadata metadata, Progress.Task fitted) {
        WhosaidModel model = fit(data);
        fitted.step();
        // decoding overrules a unit's own evidence only as far as held-out passages show it helps (see below)
        TransitionMatrix transitions = transitions(data).withWeight(0);
        Calibration calibration = Calibration.NONE;
        if (options.calibrationFolds() >= 2) {
            HeldOutPredictions heldOut = heldOut(data, fitted);
            // Hand-labeled passages are what whosaid is for (scraped pages that switch voices): when there are
            // enough, fit on them alone, not on whole works whose errors run in long confident streaks.
            boolean enoughHandLabeled = heldOut.handLabeledUnits() >= MIN_HAND_LABELED_FOR_CALIBRATION;
            calibration = heldOut.all().isEmpty() ? Calibration.NONE
                    : Calibration.fit(enoughHandLabeled ? heldOut.handLabeled() : heldOut.all());
            if (enoughHandLabeled) {
                transitions = transitions.withWeight(
                        TransitionWeight.fit(heldOut.handLabeledSequences(), calibration, transitions, labels.size()));
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>(metadata.scores());
        scores.put("temperature", calibration.temperature());
        scores.put("quoteBoost", calibration.quoteBoost());
        scores.put("transitionWeight", transitions.weight());
        ModelMetadata withScores = new ModelMetadata(metadata.whosaidVersion(), metadata.wekaVersion(),
                metadata.data(), metadata.unitsPerLabel(), metadata.options(), scores);
        return new WhosaidModel(labels, options.families(), speakers, model.space(), model.header(),
                model.classifier(), calibration, transitions, withScores);
    }

    /** Held-out predictions of every unit, and those of hand-labeled passages kept as sequences. */
    private record HeldOutPredictions(List<Calibration.HeldOut> all,
                                      List<List<Calibration.HeldOut>> handLabeledSequences) {
        List<Calibration.HeldOut> handLabeled() {
            return handLabeledSequences.stream().flatMap(List::stream).toList();
        }

        int handLabeledUnits() {
            return handLabeledSequences.stream().mapToInt(List::size).sum();
        }
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

    /** Predictions for the groups each calibration fold's model never saw. */
    private HeldOutPredictions heldOut(List<FeaturizedPassage> data, Progress.Task fitted) {
        List<String> groups = data.stream().map(p -> p.passage().group()).toList();
        int k = (int) Math.min(options.calibrationFolds(), groups.stream().distinct().count());
        List<Calibration.HeldOut> all = new ArrayList<>();
        List<List<Calibration.HeldOut>> handLabeled = new ArrayList<>();
        if (k < 2) {
            return new HeldOutPredictions(all, handLabeled);
        }
        Map<String, Integer> fold = GroupFolds.assign(groups, k, options.seed());
        for (int f = 0; f < k; f++) {
            int test = f;
            List<FeaturizedPassage> train = data.stream().filter(p -> fold.get(p.passage().group()) != test).toList();
            if (!seesEveryLabel(train)) {
                continue; // a label with all its works in this fold: LIBLINEAR refuses its class weight
            }
            WhosaidModel model = fit(train);
            fitted.step();
            for (FeaturizedPassage p : data) {
                if (fold.get(p.passage().group()) != test) {
                    continue;
                }
                List<Calibration.HeldOut> run = new ArrayList<>();
                for (int i = 0; i < p.passage().units().size(); i++) {
                    String label = p.passage().labels().get(i);
                    if (label == null) {
                        if (p.passage().handLabeled() && !run.isEmpty()) {
                            handLabeled.add(run); // unannotated units end a run of neighbours
                        }
                        run = new ArrayList<>();
                        continue;
                    }
                    Calibration.HeldOut h = new Calibration.HeldOut(
                            Posteriors.of(model, p.featurized().features().get(i)),
                            labels.indexOf(p.featurized().units().get(i).quotedSpeaker()), labels.indexOf(label));
                    all.add(h);
                    run.add(h);
                }
                if (p.passage().handLabeled() && !run.isEmpty()) {
                    handLabeled.add(run);
                }
            }
        }
        return new HeldOutPredictions(all, handLabeled);
    }

    private boolean seesEveryLabel(List<FeaturizedPassage> train) {
        Set<String> seen = new HashSet<>();
        train.forEach(p -> p.passage().labels().stream().filter(Objects::nonNull).forEach(seen::add));
        return seen.containsAll(labels);
    }

    /** Voice transitions of the hand-labeled passages (weak labels never switch, so they teach nothing here). */
    private TransitionMatrix transitions(List<FeaturizedPassage> data) {
        List<int[]> sequences = new ArrayList<>();
        for (FeaturizedPassage p : data) {
            if (!p.passage().handLabeled()) {
                continue;
            }
            // an unannotated unit breaks the chain: labels either side of it are not neighbours
            List<Integer> run = new ArrayList<>();
            for (String label : p.passage().labels()) {
                if (label == null) {
                    sequences.add(run.stream().mapToInt(Integer::intValue).toArray());
                    run.clear();
                } else {
                    run.add(labels.indexOf(label));
                }
            }
            sequences.add(run.stream().mapToInt(Integer::intValue).toArray());
        }
        return sequences.isEmpty() ? TransitionMatrix.uniform(labels.size())
                : TransitionMatrix.learn(sequences, labels.size(), options.transitionSmoothing());
    }
}
