package whosaid.train;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to train.
 *
 * @param classifier a Weka classifier spec (class name and options)
 * @param families the feature families to use
 * @param minCount a feature must occur in at least this many training units to enter the dictionary
 * @param maxFeatures the dictionary's size limit
 * @param calibrationFolds grouped folds for fitting calibration and the voice chain (below 2: neither)
 * @param handLabeledWeight how much a hand-labeled unit counts against an average weakly labeled unit
 * @param without steps left out, for ablation: {@link #WORK_WEIGHTING}, {@link #PRIORS}, {@link #DECODING}, {@link #FRAME}
 * @param otherLabel the label of anyone who is none of the named voices: quotations of someone else take it
 */
public record TrainingOptions(String classifier, long seed, List<String> families, int minCount, int maxFeatures,
                              int calibrationFolds, double handLabeledWeight, int threads, Set<String> without,
                              String otherLabel) {
    /** The "someone else" label of the shipped model and of the reference corpus's folders. */
    public static final String DEFAULT_OTHER_LABEL = "narrator";
    /** Every work weighs the same within its voice (without it: every unit the same, voices balanced). */
    public static final String WORK_WEIGHTING = "work-weighting";
    /**
     * Per-voice prior offsets fitted out of fold: off by default, since on held-out works they cost more than they
     * gave (the model card's ablation).
     */
    public static final String PRIORS = "priors";
    /** Stay probabilities and the passage mix fitted out of fold (without it: each unit decoded alone). */
    public static final String DECODING = "decoding";
    /**
     * Decoding by frame voice and insertions (a document-level classifier pooled over paragraphs and sections); without
     * it, the voice chain decodes.
     */
    public static final String FRAME = "frame";
    public static final Set<String> STEPS = Set.of(WORK_WEIGHTING, PRIORS, DECODING, FRAME);

    public TrainingOptions {
        families = List.copyOf(families);
        without = java.util.Collections.unmodifiableSet(new TreeSet<>(without));
        if (!STEPS.containsAll(without)) {
            throw new whosaid.io.BadInputException("--without: unknown step in " + without + " (known: "
                    + new TreeSet<>(STEPS) + ")");
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(Classifiers.DEFAULT, 1, List.copyOf(whosaid.features.FeaturePipeline.allFamilies()),
                3, 150_000, 4, 3, Runtime.getRuntime().availableProcessors(), Set.of(PRIORS), DEFAULT_OTHER_LABEL);
    }

    public boolean uses(String step) {
        return !without.contains(step);
    }

    public TrainingOptions withClassifier(String spec) {
        return new TrainingOptions(spec, seed, families, minCount, maxFeatures, calibrationFolds, handLabeledWeight,
                threads, without, otherLabel);
    }

    public TrainingOptions withFamilies(List<String> chosen) {
        return new TrainingOptions(classifier, seed, chosen, minCount, maxFeatures, calibrationFolds,
                handLabeledWeight, threads, without, otherLabel);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(classifier, newSeed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledWeight, threads, without, otherLabel);
    }

    public TrainingOptions withThreads(int n) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledWeight, n, without, otherLabel);
    }

    public TrainingOptions withMinCount(int n) {
        return new TrainingOptions(classifier, seed, families, n, maxFeatures, calibrationFolds, handLabeledWeight,
                threads, without, otherLabel);
    }

    public TrainingOptions withCalibrationFolds(int folds) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, folds, handLabeledWeight,
                threads, without, otherLabel);
    }

    public TrainingOptions withHandLabeledWeight(double weight) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds, weight,
                threads, without, otherLabel);
    }

    public TrainingOptions without(Set<String> steps) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledWeight, threads, steps, otherLabel);
    }

    public TrainingOptions withOtherLabel(String label) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledWeight, threads, without, label);
    }
}
