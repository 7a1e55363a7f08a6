package whosaid.cli;

import picocli.CommandLine.Option;
import whosaid.io.Anchoring;

/** {@code --reanchor}, for every command that reads labeled CSV files. */
final class AnchoringMixin {
    @Option(names = "--reanchor", description = "Where a labeled row's text is no longer at its offsets (its passage was edited after the file was made), find the text near its old place and use the new offsets; rows whose text is nowhere in the passage are still refused. Without it, such a row stops the run.")
    boolean reanchor;

    /** What moved goes to standard error, one line per file and passage. */
    Anchoring anchoring() {
        return reanchor ? Anchoring.reanchor(System.err::println) : Anchoring.check();
    }
}
