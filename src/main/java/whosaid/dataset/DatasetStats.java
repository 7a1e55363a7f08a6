package whosaid.dataset;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import whosaid.io.BadInputException;
import whosaid.io.CsvTable;

/**
 * What a dataset (or any labeled or {@code whosaid label} CSV) holds: units per label and per passage, how many
 * the annotator marked uncertain, and how long the units are.
 *
 * @param labelColumn {@code gold} when the file has annotations, else the model's {@code label} (or
 *     {@code speaker}); rows without a value there are not counted by label
 * @param uncertain rows marked {@code certain=false} among the counted ones, or -1 when the file has no
 *     annotations or no such column
 * @param unsure rows where the model gave its label less than even odds (confidence below 0.5), or -1 when the
 *     file has no confidence column
 * @param confidence the model's confidence, or null when the file has none
 */
public record DatasetStats(String file, int rows, String labelColumn, int counted, Map<String, Long> perLabel,
                           Map<String, Map<String, Long>> perPassage, long uncertain, long unsure, Quartiles words,
                           Quartiles characters, Quartiles confidence) {
    private static final double EVEN_ODDS = 0.5;

    public static DatasetStats of(CsvTable table) {
        if (table.rows().isEmpty()) {
            throw BadInputException.at(table.name(), 1, "no rows to count");
        }
        String labelColumn = labelColumn(table);
        int label = table.require(labelColumn);
        int passage = table.require("passage");
        int text = table.column("text") >= 0 ? table.column("text") : table.require("quote_text");
        int certain = table.column("certain");
        int confidenceColumn = table.column("confidence");
        Map<String, Long> perLabel = new TreeMap<>();
        Map<String, Map<String, Long>> perPassage = new LinkedHashMap<>();
        int counted = 0;
        long uncertain = 0;
        long unsure = 0;
        double[] words = new double[table.rows().size()];
        double[] characters = new double[words.length];
        double[] confidence = new double[words.length];
        for (int r = 0; r < words.length; r++) {
            CsvTable.Row row = table.rows().get(r);
            String value = row.get(label).strip();
            Map<String, Long> passageCounts = perPassage.computeIfAbsent(row.get(passage), k -> new TreeMap<>());
            if (!value.isEmpty()) {
                counted++;
                perLabel.merge(value, 1L, Long::sum);
                passageCounts.merge(value, 1L, Long::sum);
                if (certain >= 0 && row.get(certain).strip().equalsIgnoreCase("false")) {
                    uncertain++;
                }
            }
            String unitText = row.get(text);
            words[r] = words(unitText);
            characters[r] = unitText.codePointCount(0, unitText.length());
            confidence[r] = confidenceColumn < 0 ? 0 : number(table, row, confidenceColumn);
            if (confidenceColumn >= 0 && confidence[r] < EVEN_ODDS) {
                unsure++;
            }
        }
        return new DatasetStats(table.name(), words.length, labelColumn, counted, perLabel, perPassage,
                certain < 0 || !labelColumn.equals("gold") ? -1 : uncertain, confidenceColumn < 0 ? -1 : unsure,
                Quartiles.of(words), Quartiles.of(characters),
                confidenceColumn < 0 ? null : Quartiles.of(confidence));
    }

    private static String labelColumn(CsvTable table) {
        int gold = table.column("gold");
        if (gold >= 0 && table.rows().stream().anyMatch(r -> !r.get(gold).isBlank())) {
            return "gold";
        }
        return table.column("label") >= 0 || table.column("speaker") < 0 ? "label" : "speaker";
    }

    /** Runs of letters or digits, as the segmenter counts words. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }

    private static double number(CsvTable table, CsvTable.Row row, int column) {
        try {
            return Double.parseDouble(row.get(column).strip());
        } catch (NumberFormatException e) {
            throw BadInputException.at(table.name(), row.line(), "'" + table.header().get(column)
                    + "' is not a number: '" + row.get(column) + "'");
        }
    }

    public void print(PrintStream out) {
        out.println(file + ": " + rows + " units; by label from '" + labelColumn + "'"
                + (counted < rows ? " (" + counted + " of them labeled)" : ""));
        out.println();
        TextTable labels = new TextTable(List.of("label", "units", "share"));
        perLabel.forEach((label, n) -> labels.row(List.of(label, Long.toString(n), percent(n, counted))));
        labels.row(List.of("total", Integer.toString(counted), percent(counted, counted)));
        labels.print(out);
        out.println();
        List<String> labelNames = new ArrayList<>(new TreeSet<>(perLabel.keySet()));
        List<String> header = new ArrayList<>(List.of("passage", "units"));
        header.addAll(labelNames);
        TextTable passages = new TextTable(header);
        perPassage.forEach((passage, counts) -> {
            List<String> cells = new ArrayList<>(List.of(passage,
                    Long.toString(counts.values().stream().mapToLong(Long::longValue).sum())));
            labelNames.forEach(l -> cells.add(Long.toString(counts.getOrDefault(l, 0L))));
            passages.row(cells);
        });
        passages.print(out);
        out.println();
        if (uncertain >= 0) {
            out.println("marked uncertain (certain=false): " + uncertain + " of " + counted + " ("
                    + percent(uncertain, counted) + ")");
        }
        if (unsure >= 0) {
            out.println("model confidence below 0.5: " + unsure + " of " + rows + " (" + percent(unsure, rows) + ")");
        }
        if (uncertain >= 0 || unsure >= 0) {
            out.println();
        }
        TextTable lengths = new TextTable(List.of("", "min", "q1", "median", "q3", "max"));
        lengths.row(cells("words", words, "%.1f"));
        lengths.row(cells("characters", characters, "%.1f"));
        if (confidence != null) {
            lengths.row(cells("confidence", confidence, "%.3f"));
        }
        lengths.print(out);
    }

    private static List<String> cells(String name, Quartiles q, String format) {
        return List.of(name, f(format, q.min()), f(format, q.q1()), f(format, q.median()), f(format, q.q3()),
                f(format, q.max()));
    }

    /** Whole numbers (most counts and their quartiles) without decimals. */
    private static String f(String format, double value) {
        return value == Math.rint(value) && !format.equals("%.3f") ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, format, value);
    }

    private static String percent(long n, long of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }
}
