package whosaid.dataset;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import whosaid.io.BadInputException;
import whosaid.io.Anchoring;
import whosaid.io.CsvTable;
import whosaid.io.LabeledCsv;

/** The units already annotated in earlier dataset files, so that the next round does not pick them again. */
public final class Annotated {
    private Annotated() {
    }

    /**
     * The {@link Selection#key} of every row of the files that has a {@code gold} label (a labeled CSV's rows all
     * count): rows are matched by passage and offsets, so they match even if the model that picked them changed;
     * the offsets are those {@code anchoring} holds to the passage.
     */
    public static Set<String> keys(List<Path> files, Anchoring anchoring) {
        Set<String> keys = new HashSet<>();
        for (Path file : files) {
            CsvTable table = LabeledCsv.table(file, anchoring);
            int passage = table.require("passage");
            int start = table.require("start");
            int end = table.require("end");
            int gold = table.column("gold");
            int label = table.column("label");
            for (CsvTable.Row row : table.rows()) {
                boolean annotated = gold >= 0 ? !row.get(gold).isBlank() : label >= 0 && !row.get(label).isBlank();
                if (!annotated) {
                    continue;
                }
                if (row.get(start).isBlank()) {
                    throw BadInputException.at(file.toString(), row.line(), "--exclude needs start and end offsets");
                }
                keys.add(Selection.key(row.get(passage), Integer.parseInt(row.get(start).strip()),
                        Integer.parseInt(row.get(end).strip())));
            }
        }
        return keys;
    }
}
