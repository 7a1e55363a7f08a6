package whosaid.dataset;

import java.util.ArrayList;
import java.util.List;
import whosaid.label.LabelWriter;
import whosaid.label.LabeledUnit;
import whosaid.text.UnitKind;

/**
 * Keeps what {@link whosaid.label.BatchLabeling} labels, passage by passage: a dataset is selected from all units
 * at once, so unlike {@code whosaid label} it cannot stream.
 */
public final class LabeledPassages implements LabelWriter {
    private final List<List<LabeledUnit>> passages = new ArrayList<>();

    @Override
    public void write(List<LabeledUnit> units) {
        passages.add(List.copyOf(units));
    }

    @Override
    public void close() {
    }

    /** The labeled units of each passage, in input order. */
    public List<List<LabeledUnit>> passages() {
        return List.copyOf(passages);
    }

    /** Every unit of every passage as a dataset row, in reading order. */
    public List<DatasetRow> rows() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            List<LabeledUnit> units = passages.get(p);
            for (int i = 0; i < units.size(); i++) {
                rows.add(new DatasetRow(p, units.get(i), i > 0 ? text(units, i - 1) : "",
                        i + 1 < units.size() ? text(units, i + 1) : "", introducer(units, i)));
            }
        }
        return rows;
    }

    private static String text(List<LabeledUnit> units, int i) {
        return units.get(i).unit().text();
    }

    /** The quote splitter puts a quotation's introducer right before it, in the same sentence. */
    private static String introducer(List<LabeledUnit> units, int i) {
        if (!units.get(i).unit().isQuotation() || i == 0) {
            return "";
        }
        return units.get(i - 1).unit().kind() == UnitKind.INTRODUCER ? text(units, i - 1) : "";
    }
}
