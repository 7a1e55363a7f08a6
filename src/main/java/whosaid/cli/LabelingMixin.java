package whosaid.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;

/** The options that say how to label: shared by {@code label} and {@code dataset}. */
final class LabelingMixin {
    @Option(names = "--model", paramLabel = "FILE", defaultValue = "models/whosaid.model", description = "Model file (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--threads", paramLabel = "N", description = "Passages labeled at once (default: all cores); the output is the same whatever N is.")
    Integer threads;

    @Option(names = "--no-context", description = "Label each unit alone, without decoding the passage as a sequence.")
    boolean noContext;

    @Option(names = "--encoding", converter = CharsetConverter.class, paramLabel = "CHARSET", defaultValue = "UTF-8", description = "Encoding of the input files (default: ${DEFAULT-VALUE}; also windows-1252, ISO-8859-1, UTF-16, ...).")
    Charset encoding;

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Options.positive("--threads", n);
        return n;
    }

    Labeler labeler() {
        return new Labeler(ModelFile.load(CommonOptions.resolve(model)));
    }
}
