package whosaid.train;

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
import whosaid.decode.ChainFit;
import whosaid.decode.VoiceChain;
import whosaid.features.FeatureSpace;
import whosaid.features.Featurizer;
import whosaid.features.SparseVector;
import whosaid.io.Progress;
import whosaid.model.FrameClassifier;
import whosaid.model.FrameModel;
import whosaid.model.LinearScorer;
import whosaid.model.ModelMetadata;
import whosaid.model.Scorer;
import whosaid.model.TrainingTexts;
import whosaid.model.WekaBridge;
import whosaid.model.WekaScorer;
import whosaid.model.WhosaidModel;
import whosaid.quote.ClassifierSieves;
import whosaid.text.Speakers;

/**
 * Trains a whosaid model: the feature dictionary and a class-balanced Weka classifier on every labeled unit; the
 * calibration and the weight of decoding, fitted on grouped held-out predictions; and how long each voice runs,
 * learned from the hand-labeled passages.
 */
public final class Trainer {
    /** Whole works enter the chain's fit with their first units only: enough to learn that works do not switch. */
    private static final int MAX_UNITS_PER_WORK = 300;
    private static final int SPLICED_PASSAGES = 100;
    private static final int SPLICED_UNITS = 60;
    private static final int SPLICED_MAX_RUN = 6;
    /** Training units on which a classifier's read-out log-linear form is checked against the classifier. */
    private static final int AGREEMENT_SAMPLE = 500;

    /** For models trained only to be scored: no sources or options to record. */
    public static final ModelMetadata NO_METADATA = new ModelMetadata("", "", List.of(), Map.of(), Map.of(), Map.of());

    private final List<String> labels;
    private final Speakers speakers;
    private final TrainingOptions options;

    private final whosaid.io.Fallback fallback;

    public Trainer(List<String> labels, Speakers speakers, TrainingOptions options) {
        this(labels, speakers, options, whosaid.io.Fallback.warn(System.err));
    }

    /** @param fallback told of each calibration fold left out */
    public Trainer(List<String> labels, Speakers speakers, TrainingOptions options, whosaid.io.Fallback fallback) {
        this.labels = List.copyOf(labels);
        if (!labels.contains(options.otherLabel())) {
            // without it, quotations of anyone who is none of the voices would have no label to go to
            throw new whosaid.io.BadInputException("training data has no '" + options.otherLabel() + "' label, the "
                    + "label for anyone who is none of the named voices (labels: " + String.join(", ", labels)
                    + "); label some text of others with it, or name another of your labels with --other-label");
        }
        this.speakers = speakers;
        this.options = options;
        this.fallback = fallback;
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
     * The full model: classifier on everything; calibration and the voice chain fitted on grouped held-out
     * predictions.
     */
    public WhosaidModel train(List<FeaturizedPassage> data, ModelMetadata metadata) {
        return train(data, metadata, Progress.IDLE);
    }

    /** @param fitted stepped as each classifier is trained: the model's, then one per calibration fold */
    public WhosaidModel train(List<FeaturizedPassage> data, ModelMetadata metadata, Progress.Task fitted) {
        WhosaidModel model = fit(data);
        fitted.step();
        Calibration calibration = Calibration.NONE;
        VoiceChain chain = VoiceChain.neutral(labels.size());
        FrameModel frame = model.frame();
        if (options.calibrationFolds() >= 2) {
            List<HeldOutPassage> heldOut = heldOut(data, fitted);
            List<Calibration.HeldOut> units = new ArrayList<>();
            heldOut.forEach(h -> h.addScored(units));
            if (!units.isEmpty()) {
                calibration = Calibration.fit(units);
                chain = ChainFit.fit(sequences(heldOut, calibration), labels.size(),
                        options.uses(TrainingOptions.PRIORS), options.uses(TrainingOptions.DECODING));
                if (model.frame() != null) {
                    frame = fitFrame(model.frame(), heldOut, calibration);
                }
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>(metadata.scores());
        scores.put("temperature", calibration.temperature());
        if (frame != null) {
            scores.put("frame.temperature", frame.classifier().temperature());
        }
        for (int y = 0; y < labels.size(); y++) {
            scores.put("offset." + labels.get(y), chain.offsets()[y]);
            scores.put("stayWithin." + labels.get(y), chain.stayWithin()[y]);
            scores.put("stayAcross." + labels.get(y), chain.stayAcross()[y]);
        }
        List<String> trainedTexts = new ArrayList<>();
        for (FeaturizedPassage p : data) {
            for (int i = 0; i < p.passage().units().size(); i++) {
                if (p.passage().labels().get(i) != null) {
                    trainedTexts.add(p.passage().units().get(i).text());
                }
            }
        }
        ModelMetadata withScores = metadata.withScores(scores, TrainingTexts.of(trainedTexts));
        return new WhosaidModel(labels, options.families(), speakers, model.space(), model.scorer(), calibration,
                chain, frame, withScores, options.otherLabel());
    }

    /**
     * The frame classifier's temperature, fitted on documents of the works each calibration fold held out, then the
     * decoding parameters, fitted on those works whole, on pages stitched from them, and on hand-labeled passages.
     */
    private FrameModel fitFrame(FrameModel frame, List<HeldOutPassage> heldOut, Calibration calibration) {
        List<double[]> scores = new ArrayList<>();
        List<Integer> voices = new ArrayList<>();
        FrameTrainer frameTrainer = frameTrainer();
        for (HeldOutPassage h : heldOut) {
            FrameClassifier fold = h.model().frame().classifier();
            for (FrameTrainer.Document d : frameTrainer.documents(List.of(h.source()), h.model().space())) {
                scores.add(fold.scores(d.vector()));
                voices.add(d.voice());
            }
        }
        if (scores.isEmpty()) {
            return frame;
        }
        double t = FrameFit.temperature(scores, voices, frame.classifier(), labels.size());
        ClassifierSieves sieves = new ClassifierSieves(labels, options.otherLabel());
        List<FrameFit.Sequence> sequences = new ArrayList<>();
        Map<Integer, List<FrameFit.Sequence>> worksOfFold = new java.util.TreeMap<>();
        for (HeldOutPassage h : heldOut) {
            FrameFit.Sequence s = h.frameSequence(calibration, sieves, h.model().frame().classifier().withTemperature(t),
                    labels);
            sequences.add(s);
            if (!h.handLabeled()) {
                worksOfFold.computeIfAbsent(h.fold(), f -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Double> sieveProbabilities = FrameFit.sieveProbabilities(sequences);
        worksOfFold.forEach((f, works) -> sequences.addAll(FrameFit.stitched(works, options.seed() + f)));
        return frame.with(frame.classifier().withTemperature(t), FrameFit.parameters(sequences, labels.size()),
                sieveProbabilities);
    }

    private FrameTrainer frameTrainer() {
        return new FrameTrainer(labels, options.otherLabel());
    }

    /** What the voice chain is fitted on: whole works (their first units), passages spliced from them, and hand-labeled passages. */
    private List<ChainFit.Sequence> sequences(List<HeldOutPassage> heldOut, Calibration calibration) {
        List<ChainFit.Sequence> works = new ArrayList<>();
        List<ChainFit.Sequence> all = new ArrayList<>();
        ClassifierSieves sieves = new ClassifierSieves(labels, options.otherLabel());
        for (HeldOutPassage h : heldOut) {
            ChainFit.Sequence s = h.sequence(calibration, sieves, MAX_UNITS_PER_WORK);
            (h.handLabeled() ? all : works).add(s);
        }
        all.addAll(works);
        all.addAll(ChainFit.splice(works, SPLICED_PASSAGES, SPLICED_UNITS, SPLICED_MAX_RUN, options.seed()));
        return all;
    }

    /** Classifier and dictionary only (no calibration, no decoding): what each calibration fold needs. */
    WhosaidModel fit(List<FeaturizedPassage> data) {
        List<whosaid.features.SparseFeatures> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (FeaturizedPassage p : data) {
            for (int i = 0; i < p.passage().units().size(); i++) {
                String label = p.passage().labels().get(i);
                if (label == null) {
                    continue;
                }
                int cls = labels.indexOf(label);
                if (cls < 0) {
                    throw new IllegalArgumentException("label " + label + " is not in the label set " + labels);
                }
                rows.add(p.featurized().features().get(i));
                classes.add(cls);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no labeled units to train on");
        }
        FeatureSpace space = FeatureSpace.build(rows, options.minCount(), options.maxFeatures());
        Instances header = WekaBridge.header(space, labels);
        Classifier classifier = Classifiers.forSpec(options.classifier());
        double[] weights = TrainingWeights.of(data, labels, options.handLabeledWeight());
        if (!(classifier instanceof weka.core.WeightedInstancesHandler) || !options.uses(TrainingOptions.WORK_WEIGHTING)) {
            // e.g. LIBLINEAR: no instance weights, so only the voices are balanced (per-class costs)
            int[] counts = new int[labels.size()];
            classes.forEach(c -> counts[c]++);
            double[] perClass = Classifiers.balance(classifier, counts);
            for (int r = 0; r < weights.length; r++) {
                weights[r] = perClass[classes.get(r)];
            }
        }
        Instances train = new Instances(header, rows.size());
        List<SparseVector> sample = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            SparseVector v = space.vectorize(rows.get(r));
            train.add(WekaBridge.instance(header, v, classes.get(r), weights[r]));
            if (r % Math.max(1, rows.size() / AGREEMENT_SAMPLE) == 0) {
                sample.add(v);
            }
        }
        try {
            if (classifier.getClass().getName().contains("LibLINEAR")) {
                Liblinear.train(() -> {
                    classifier.buildClassifier(train);
                    return classifier;
                });
            } else {
                classifier.buildClassifier(train);
            }
        } catch (Exception e) {
            throw new IllegalStateException("training " + options.classifier() + " failed: " + e.getMessage(), e);
        }
        Scorer scorer = LinearScorer.readOut(classifier, header)
                .filter(linear -> linear.agrees(classifier, header, sample))
                .<Scorer>map(linear -> linear)
                .orElseGet(() -> new WekaScorer(classifier, header));
        FrameModel frame = null;
        if (options.uses(TrainingOptions.FRAME)) {
            frame = new FrameModel(frameTrainer().train(data, space), whosaid.decode.FrameParameters.DEFAULT,
                    headingProbability(data), Map.of());
        }
        return new WhosaidModel(labels, options.families(), speakers, space, scorer, Calibration.NONE,
                VoiceChain.neutral(labels.size()), frame, null, options.otherLabel());
    }

    /**
     * How often a heading line of the hand-labeled passages is "anyone else", smoothed (one right and one wrong
     * added): the probability printed for the heading rule's decisions.
     */
    private double headingProbability(List<FeaturizedPassage> data) {
        int right = 1;
        int all = 2;
        for (FeaturizedPassage p : data) {
            if (!p.passage().handLabeled()) {
                continue;
            }
            List<whosaid.text.Unit> units = p.passage().units();
            for (int i = 0; i < units.size(); i++) {
                String label = p.passage().labels().get(i);
                if (label != null && whosaid.text.Headings.is(units, i)) {
                    all++;
                    right += label.equals(options.otherLabel()) ? 1 : 0;
                }
            }
        }
        return (double) right / all;
    }

    /** Predictions for the groups each calibration fold's model never saw, passage by passage. */
    private List<HeldOutPassage> heldOut(List<FeaturizedPassage> data, Progress.Task fitted) {
        List<String> groups = data.stream().map(p -> p.passage().group()).toList();
        int k = (int) Math.min(options.calibrationFolds(), groups.stream().distinct().count());
        List<HeldOutPassage> heldOut = new ArrayList<>();
        if (k < 2) {
            return heldOut;
        }
        Map<String, Integer> fold = GroupFolds.assignByVoice(data.stream().map(FeaturizedPassage::passage).toList(),
                k, options.seed());
        for (int f = 0; f < k; f++) {
            int test = f;
            List<FeaturizedPassage> train = data.stream().filter(p -> fold.get(p.passage().group()) != test).toList();
            if (!seesEveryLabel(train)) {
                // a label with all its works in this fold: the fold's model could never predict it
                fallback.note("calibration fold " + (f + 1) + " of " + k + " left out: every unit of "
                        + missingLabels(train) + " falls in it, so a model trained without it could never predict "
                        + "that label; calibration and decoding are fitted on the other folds");
                continue;
            }
            WhosaidModel model = fit(train);
            fitted.step();
            for (FeaturizedPassage p : data) {
                if (fold.get(p.passage().group()) == test) {
                    heldOut.add(HeldOutPassage.of(p, model, labels, test));
                }
            }
        }
        return heldOut;
    }

    private List<String> missingLabels(List<FeaturizedPassage> train) {
        Set<String> seen = new HashSet<>();
        train.forEach(p -> p.passage().labels().stream().filter(Objects::nonNull).forEach(seen::add));
        return labels.stream().filter(l -> !seen.contains(l)).toList();
    }

    private boolean seesEveryLabel(List<FeaturizedPassage> train) {
        Set<String> seen = new HashSet<>();
        train.forEach(p -> p.passage().labels().stream().filter(Objects::nonNull).forEach(seen::add));
        return seen.containsAll(labels);
    }
}
