package whosaid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import whosaid.io.Fallback;
import whosaid.io.OutputPaths;
import whosaid.io.SpeakersCsv;
import whosaid.train.TrainingOptions;
import whosaid.train.TrainingRun;

/** The options that say what to train on and how: shared by {@code train} and {@code evaluate}. */
final class TrainingMixin {
    @Option(names = "--data", arity = "1..*", paramLabel = "DIR_OR_CSV", description = "Hand-labeled CSV files or directories of them.")
    List<String> data = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus directory: DIR/<label>/*.txt, every unit labeled by its folder.")
    Path corpus;

    @Option(names = "--speakers", paramLabel = "FILE", defaultValue = "data/speakers.csv", description = "Speakers and their aliases (default: ${DEFAULT-VALUE}).")
    Path speakers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the grouped folds (default: ${DEFAULT-VALUE}); the same seed and data give the same model.")
    long seed;

    @Option(names = "--classifier", paramLabel = "SPEC", description = "Weka classifier spec (default: weka.classifiers.bayes.NaiveBayesMultinomial, which takes the work weights; a classifier that takes no instance weights gets voices balanced by class weights only).")
    String classifier;

    @Option(names = "--features", split = ",", paramLabel = "FAMILY", description = "Feature families to use (default: all of chars,function,lexical,style,discourse,cues,context).")
    List<String> features;

    @Option(names = "--calibration-folds", paramLabel = "N", description = "Grouped folds for fitting calibration and decoding (default: 4; 0 skips them: faster, uncalibrated).")
    Integer calibrationFolds;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for feature extraction and folds (default: all cores).")
    Integer threads;

    @Option(names = "--without", split = ",", paramLabel = "STEP", description = "Leave steps out, for ablation: work-weighting (weigh units, not works, alike within a voice), decoding (no stays or passage mix), frame (decode by the voice chain, not by frame voice and sections).")
    java.util.Set<String> without;

    @Option(names = "--with", split = ",", paramLabel = "STEP", description = "Add steps that are off by default: priors (per-voice offsets fitted out of fold; off because on held-out works they cost more than they gave, see models/README.md).")
    java.util.Set<String> with;

    @Option(names = "--other-label", paramLabel = "LABEL", defaultValue = TrainingOptions.DEFAULT_OTHER_LABEL, description = "The label for anyone who is none of the named voices; quotations of someone else take it, and the training data must have it (default: ${DEFAULT-VALUE}).")
    String otherLabel;

    TrainingOptions options() {
        TrainingOptions options = TrainingOptions.defaults().withSeed(seed).withOtherLabel(otherLabel);
        if (classifier != null) {
            options = options.withClassifier(classifier);
        }
        if (features != null) {
            options = options.withFamilies(features);
        }
        if (calibrationFolds != null) {
            options = options.withCalibrationFolds(calibrationFolds);
        }
        if (without != null || with != null) {
            java.util.Set<String> steps = new java.util.TreeSet<>(options.without());
            if (without != null) {
                steps.addAll(without);
            }
            if (with != null) {
                for (String step : with) {
                    if (!TrainingOptions.STEPS.contains(step)) {
                        throw new whosaid.io.BadInputException("--with: unknown step '" + step + "' (known: "
                                + new java.util.TreeSet<>(TrainingOptions.STEPS) + ")");
                    }
                }
                steps.removeAll(with);
            }
            options = options.without(steps);
        }
        if (threads != null) {
            Options.positive("--threads", threads);
            options = options.withThreads(threads);
        }
        return options;
    }

    /** Refuses the outputs in {@code check} where they would write over training data. */
    void refuseOverwrites(OutputPaths check) {
        check.inputs("--data", data, ".csv").input("--corpus", corpus)
                .input("--speakers", CommonOptions.resolve(speakers)).refuseOverwrites();
    }

    /**
     * @param strict whether a fallback (see {@link Fallback}) is an error rather than a warning
     * @param anchoring how hand-labeled rows are held to their passages
     */
    TrainingRun.Sources sources(boolean strict, whosaid.io.Anchoring anchoring) {
        Path speakersFile = CommonOptions.resolve(speakers);
        return new TrainingRun.Sources(data, corpus, SpeakersCsv.read(speakersFile), speakersFile,
                Fallback.of(System.err, strict), anchoring);
    }
}
