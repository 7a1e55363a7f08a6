package whosaid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import whosaid.io.SpeakersCsv;
import whosaid.model.TrainingOptions;
import whosaid.model.TrainingRun;

/** The options that say what to train on and how: shared by {@code train} and {@code evaluate}. */
final class TrainingMixin {
    @Option(names = "--data", arity = "1..*", paramLabel = "DIR_OR_CSV", description = "Hand-labeled CSV files or directories of them.")
    List<String> data = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus directory: DIR/<label>/*.txt, every unit labeled by its folder.")
    Path corpus;

    @Option(names = "--speakers", defaultValue = "data/speakers.csv", description = "Speakers and their aliases (default: ${DEFAULT-VALUE}).")
    Path speakers;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for folds (default: ${DEFAULT-VALUE}); the same seed and data give the same model.")
    long seed;

    @Option(names = "--classifier", description = "Weka classifier spec (default: LIBLINEAR logistic regression).")
    String classifier;

    @Option(names = "--features", split = ",", description = "Feature families to use (default: all of lexical,style,discourse,cues,context).")
    List<String> features;

    @Option(names = "--calibration-folds", description = "Grouped folds for fitting calibration and decoding (default: 4; 0 skips them: faster, uncalibrated).")
    Integer calibrationFolds;

    @Option(names = "--threads", description = "Threads for feature extraction and folds (default: all cores).")
    Integer threads;

    TrainingOptions options() {
        TrainingOptions options = TrainingOptions.defaults().withSeed(seed);
        if (classifier != null) {
            options = options.withClassifier(classifier);
        }
        if (features != null) {
            options = options.withFamilies(features);
        }
        if (calibrationFolds != null) {
            options = options.withCalibrationFolds(calibrationFolds);
        }
        if (threads != null) {
            Options.positive("--threads", threads);
            options = options.withThreads(threads);
        }
        return options;
    }

    TrainingRun.Sources sources() {
        Path speakersFile = CommonOptions.resolve(speakers);
        return new TrainingRun.Sources(data, corpus, SpeakersCsv.read(speakersFile), speakersFile);
    }
}
