package whosaid.model;

import java.util.List;

/**
 * How to train.
 *
 * @param classifier a Weka classifier spec (class name and options)
 * @param families the feature families to use
 * @param minCount a feature must occur in at least this many training units to enter the dictionary
 * @param maxFeatures the dictionary's size limit
 * @param calibrationFolds grouped folds for fitting the temperature (below 2: no calibration)
 * @param handLabeledCopies how many times a hand-labeled unit counts against one weakly labeled unit
 * @param transitionSmoothing add-k smoothing of the transition counts
 */
public record TrainingOptions(String classifier, long seed, List<String> families, int minCount, int maxFeatures,
                              int calibrationFolds, int handLabeledCopies, double transitionSmoothing, int threads) {
    public TrainingOptions {
        families = List.copyOf(families);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(Classifiers.DEFAULT, 1, List.copyOf(whosaid.features.FeaturePipeline.allFamilies()),
                3, 150_000, 4, 3, 1.0, Runtime.getRuntime().availableProcessors());
    }

    public TrainingOptions withClassifier(String spec) {
        return new TrainingOptions(spec, seed, families, minCount, maxFeatures, calibrationFolds, handLabeledCopies,
                transitionSmoothing, threads);
    }

    public TrainingOptions withFamilies(List<String> chosen) {
        return new TrainingOptions(classifier, seed, chosen, minCount, maxFeatures, calibrationFolds,
                handLabeledCopies, transitionSmoothing, threads);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(classifier, newSeed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledCopies, transitionSmoothing, threads);
    }

    public TrainingOptions withThreads(int n) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds,
                handLabeledCopies, transitionSmoothing, n);
    }

    public TrainingOptions withMinCount(int n) {
        return new TrainingOptions(classifier, seed, families, n, maxFeatures, calibrationFolds, handLabeledCopies,
                transitionSmoothing, threads);
    }

    public TrainingOptions withCalibrationFolds(int folds) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, folds, handLabeledCopies,
                transitionSmoothing, threads);
    }

    public TrainingOptions withHandLabeledCopies(int copies) {
        return new TrainingOptions(classifier, seed, families, minCount, maxFeatures, calibrationFolds, copies,
                transitionSmoothing, threads);
    }
}
