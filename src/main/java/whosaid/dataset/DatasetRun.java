package whosaid.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.Labeler;

/** {@code whosaid dataset}: labels the inputs, selects the units to annotate, and writes the CSV (and ARFF). */
public final class DatasetRun {
    /**
     * What to write.
     *
     * @param arff where to write the feature matrix of the selected units, or null
     * @param excelSafe neutralise formula-like cells (see {@link whosaid.io.SpreadsheetSafe})
     */
    public record Output(Path csv, Path arff, boolean excelSafe) {
    }

    /** How a run went: passages and units labeled, rows written. */
    public record Summary(int passages, int units, int rows) {
    }

    private final Labeler labeler;
    private final boolean context;
    private final Charset charset;
    private final int threads;

    public DatasetRun(Labeler labeler, boolean context, Charset charset, int threads) {
        this.labeler = labeler;
        this.context = context;
        this.charset = charset;
        this.threads = threads;
    }

    public Summary run(List<String> inputs, InputStream stdin, Selection selection, Output output, PrintStream log)
            throws IOException {
        List<String> sources = TextInputs.expand(inputs);
        LabeledPassages labeled = new LabeledPassages();
        new BatchLabeling(labeler, context, charset, BatchLabeling.OnError.FAIL, threads, log,
                whosaid.io.Progress.onTerminal())
                .run(sources, stdin, labeled);
        List<DatasetRow> all = labeled.rows();
        List<DatasetRow> selected = selection.select(all);
        DatasetTable.of(output.csv().toString(), selected, labeler.model().labels(), selection.quotesOnly())
                .write(output.csv(), output.excelSafe());
        if (output.arff() != null) {
            ArffExport.write(output.arff(), labeler.model(), labeled.passages(), selected);
        }
        return new Summary(labeled.passages().size(), all.size(), selected.size());
    }
}
