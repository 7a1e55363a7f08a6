package whosaid.label;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code passage,unit,start,end,label,confidence,p_<label>...,cue,text}, RFC 4180. */
final class CsvLabelWriter implements LabelWriter {
    private final CSVPrinter printer;

    CsvLabelWriter(Appendable out, List<String> labels) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        printer.printRecord(LabelColumns.names(labels));
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        for (LabeledUnit u : units) {
            printer.printRecord(LabelColumns.values(u));
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
