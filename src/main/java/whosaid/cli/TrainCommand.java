package whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.io.OutputPaths;
import whosaid.io.Progress;
import whosaid.model.ModelFile;
import whosaid.model.WhosaidModel;
import whosaid.train.TrainingRun;

@Command(name = "train", description = "Train a model from hand-labeled CSV files and/or a corpus of DIR/<label>/*.txt.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrainingMixin training;

    @Mixin
    AnchoringMixin anchoring;

    @Option(names = {"-o", "--output", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the model file.")
    Path out;

    @Option(names = "--strict", description = "Exit with status 2 instead of warning where training falls back: "
            + "hand-labeled rows whose passage text is not found, a calibration fold left out, a classifier kept as "
            + "a serialized object, a passage path that means another file from the current folder.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        training.refuseOverwrites(OutputPaths.check().file("-o", out));
        WhosaidModel model = TrainingRun.train(training.sources(strict, anchoring.anchoring()), training.options(),
                System.err, Progress.onTerminal());
        ModelFile.save(model, out);
        System.err.println("wrote " + out);
        return Main.OK;
    }
}
