package whosaid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.features.Speakers;
import whosaid.io.Progress;
import whosaid.io.SpeakersCsv;
import whosaid.model.ModelFile;
import whosaid.model.TrainingOptions;
import whosaid.model.TrainingRun;
import whosaid.model.WhosaidModel;

@Command(name = "train", description = "Train a model from hand-labeled CSV files and/or a corpus of DIR/<label>/*.txt.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--data", arity = "1..*", paramLabel = "DIR_OR_CSV", description = "Labeled CSV files or directories of them.")
    List<String> data = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus directory: DIR/<label>/*.txt, every unit labeled by its folder.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model file.")
    Path out;

    @Option(names = "--speakers", defaultValue = "data/speakers.csv", description = "Speakers and their aliases (default: ${DEFAULT-VALUE}).")
    Path speakers;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for folds (default: ${DEFAULT-VALUE}); the same seed gives the same model.")
    long seed;

    @Option(names = "--classifier", description = "Weka classifier spec (default: LIBLINEAR logistic regression).")
    String classifier;

    @Option(names = "--features", split = ",", description = "Feature families to use (default: all of lexical,style,discourse,cues,context).")
    List<String> features;

    @Option(names = "--calibration-folds", description = "Grouped folds for fitting calibration and decoding (default: 4; 0 skips them: faster, uncalibrated).")
    Integer calibrationFolds;

    @Option(names = "--threads", description = "Threads for feature extraction (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
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
        Path speakersFile = CommonOptions.resolve(speakers);
        Speakers known = SpeakersCsv.read(speakersFile);
        TrainingRun.Sources sources = new TrainingRun.Sources(data, corpus, known, speakersFile);
        WhosaidModel model = TrainingRun.train(sources, options, System.err, Progress.onTerminal());
        ModelFile.save(model, out);
        System.err.println("wrote " + out);
        return Main.OK;
    }
}
