package whosaid.dataset;

import java.util.ArrayList;
import java.util.List;
import whosaid.io.CsvTable;
import whosaid.label.LabelWriter;

/**
 * Lays dataset rows out as a CSV table ready for annotation: the model's label and probabilities, the unit's text
 * with its neighbours' for context, and empty {@code gold} and {@code certain} columns for the annotator. Filled in,
 * the file is labeled data for {@code whosaid train --data} and {@code whosaid evaluate --gold}.
 *
 * <p>The quotation table ({@code --quotes-only}) follows the Project Dialogism Novel Corpus' quotation files: each
 * quotation with the words introducing it and the speaker the model attributes it to.
 */
public final class DatasetTable {
    static final List<String> UNIT_COLUMNS = List.of("passage", "unit", "start", "end", "text", "prev_text",
            "next_text", "label", "confidence");
    static final List<String> QUOTE_COLUMNS = List.of("passage", "unit", "start", "end", "quote_text",
            "introducer_text", "speaker", "confidence");
    static final List<String> ANNOTATION_COLUMNS = List.of("gold", "certain");

    private DatasetTable() {
    }

    public static CsvTable of(String name, List<DatasetRow> rows, List<String> labels, boolean quotesOnly) {
        List<String> header = new ArrayList<>(quotesOnly ? QUOTE_COLUMNS : UNIT_COLUMNS);
        labels.forEach(l -> header.add("p_" + l));
        header.add("cue");
        header.addAll(ANNOTATION_COLUMNS);
        List<CsvTable.Row> out = new ArrayList<>(rows.size());
        for (DatasetRow row : rows) {
            out.add(new CsvTable.Row(0, quotesOnly ? quoteCells(row) : unitCells(row)));
        }
        return new CsvTable(name, header, out);
    }

    private static List<String> unitCells(DatasetRow row) {
        List<String> cells = location(row);
        cells.add(row.labeled().unit().text());
        cells.add(row.previousText());
        cells.add(row.nextText());
        return model(row, cells);
    }

    private static List<String> quoteCells(DatasetRow row) {
        List<String> cells = location(row);
        cells.add(row.labeled().unit().text());
        cells.add(row.introducerText());
        return model(row, cells);
    }

    private static List<String> location(DatasetRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.passage());
        cells.add(Integer.toString(row.unit()));
        cells.add(Integer.toString(row.labeled().unit().start()));
        cells.add(Integer.toString(row.labeled().unit().end()));
        return cells;
    }

    private static List<String> model(DatasetRow row, List<String> cells) {
        cells.add(row.label());
        cells.add(LabelWriter.probability(row.confidence()));
        for (double p : row.labeled().probabilities()) {
            cells.add(LabelWriter.probability(p));
        }
        cells.add(row.labeled().cue().toString());
        cells.add("");
        cells.add("");
        return cells;
    }
}
