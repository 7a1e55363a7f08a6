package whosaid.label;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code passage,unit,start,end,label,confidence,p_<label>...,cue,text}, RFC 4180. */
final class CsvLabelWriter implements LabelWriter {
    private final CSVPrinter printer;
    private final List<String> labels;
    private boolean headed;

    CsvLabelWriter(Appendable out, List<String> labels) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        this.labels = List.copyOf(labels);
    }

    // The header waits for the first passage: a run whose first input fails leaves nothing on standard output.
    private void head() throws IOException {
        if (!headed) {
            printer.printRecord(LabelColumns.names(labels));
            headed = true;
        }
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        head();
        for (LabeledUnit u : units) {
            printer.printRecord(LabelColumns.values(u));
        }
    }

    @Override
    public void finish() throws IOException {
        head(); // a run that labeled no unit still gives a CSV with its columns
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
