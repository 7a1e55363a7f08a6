package whosaid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.io.OutputPaths;
import whosaid.io.Progress;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.LabelOutput;
import whosaid.label.Labeler;

@Command(name = "label", description = "Label every unit of the input passages with its voice (CSV, JSON Lines, or one HTML page to read).")
final class LabelCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LabelingMixin labeling;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A .txt file, a directory of them, or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (atomically) instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl|html", defaultValue = "csv", description = "csv, jsonl, or html: one self-contained page of every passage, each unit shaded by its voice (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail", description = "fail (default) stops at the first unreadable input; skip reports it, labels the rest and exits 3.")
    String onError;

    @Override
    public Integer call() throws Exception {
        BatchLabeling.OnError policy = Options.onError(onError);
        OutputPaths.check().file("-o", output).inputs("INPUT", inputs, TextInputs.SUFFIX)
                .input("--model", CommonOptions.resolve(labeling.model)).refuseOverwrites();
        // under skip a missing file is skipped like an unreadable one, when its turn comes
        List<String> sources = TextInputs.expand(inputs, policy == BatchLabeling.OnError.SKIP);
        Labeler labeler = labeling.labeler();
        BatchLabeling batch = new BatchLabeling(labeler, !labeling.noContext, labeling.encoding, policy,
                labeling.threads(), System.err, Progress.onTerminal());
        BatchLabeling.Summary summary = LabelOutput.write(output, format, labeler.model().labels(), System.out,
                writer -> batch.run(sources, System.in, writer));
        if (summary.skipped() > 0) {
            System.err.println("whosaid: labeled " + summary.passages() + " input(s), skipped "
                    + summary.skipped());
            return Main.SKIPPED;
        }
        return Main.OK;
    }
}
