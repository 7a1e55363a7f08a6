package whosaid.label;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code passage,unit,start,end,label,confidence,p_<label>...,cue,text}, RFC 4180. */
final class CsvLabelWriter implements LabelWriter {
    private final CSVPrinter printer;

    CsvLabelWriter(Appendable out, List<String> labels) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        List<String> header = new ArrayList<>(List.of("passage", "unit", "start", "end", "label", "confidence"));
        labels.forEach(l -> header.add("p_" + l));
        header.add("cue");
        header.add("text");
        printer.printRecord(header);
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        for (LabeledUnit u : units) {
            List<Object> row = new ArrayList<>();
            row.add(u.unit().passageId());
            row.add(u.unit().index());
            row.add(u.unit().start());
            row.add(u.unit().end());
            row.add(u.label());
            row.add(LabelWriter.probability(u.confidence()));
            for (double p : u.probabilities()) {
                row.add(LabelWriter.probability(p));
            }
            row.add(u.cue().toString());
            row.add(u.unit().text());
            printer.printRecord(row);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
