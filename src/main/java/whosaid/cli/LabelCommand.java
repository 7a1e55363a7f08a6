package whosaid.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.io.AtomicFile;
import whosaid.io.LabelWriter;
import whosaid.io.Progress;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;
import whosaid.model.WhosaidModel;

@Command(name = "label", description = "Label every unit of the input passages with its voice (CSV or JSON Lines).")
final class LabelCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A .txt file, a directory of them, or - for standard input.")
    List<String> inputs;

    @Option(names = "--model", defaultValue = "models/whosaid.model", description = "Model file (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--output", description = "Write here (atomically) instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", defaultValue = "1", description = "Passages labeled at once (default: ${DEFAULT-VALUE}); output order never changes.")
    int threads;

    @Option(names = "--no-context", description = "Label each unit alone, without decoding the passage as a sequence.")
    boolean noContext;

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "Encoding of the input files (default: ${DEFAULT-VALUE}; also windows-1252, ISO-8859-1, ...).")
    Charset encoding;

    @Option(names = "--on-error", defaultValue = "fail", description = "fail (default) stops at the first unreadable input; skip reports it, labels the rest and exits 3.")
    String onError;

    @Override
    public Integer call() throws Exception {
        BatchLabeling.OnError policy = Options.onError(onError);
        Options.positive("--threads", threads);
        List<String> sources = TextInputs.expand(inputs);
        WhosaidModel loaded = ModelFile.load(CommonOptions.resolve(model));
        BatchLabeling batch = new BatchLabeling(new Labeler(loaded), !noContext, encoding, policy, threads, System.err,
                Progress.onTerminal());
        BatchLabeling.Summary[] summary = new BatchLabeling.Summary[1];
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            try (LabelWriter writer = LabelWriter.of(format, out, loaded.labels())) {
                summary[0] = batch.run(sources, System.in, writer);
            }
            out.flush();
        } else {
            AtomicFile.write(output, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                try (LabelWriter writer = LabelWriter.of(format, out, loaded.labels())) {
                    summary[0] = batch.run(sources, System.in, writer);
                }
                out.flush();
            });
        }
        if (summary[0].skipped() > 0) {
            System.err.println("whosaid: labeled " + summary[0].passages() + " input(s), skipped "
                    + summary[0].skipped());
            return Main.SKIPPED;
        }
        return Main.OK;
    }
}
