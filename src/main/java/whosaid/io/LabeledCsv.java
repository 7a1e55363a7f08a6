package whosaid.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads labeled CSV files ({@code passage,unit,start,end,label,certain,text}; start, end and certain optional).
 *
 * <p>A file with a {@code gold} column (as {@code whosaid dataset} writes) is read by that column, and rows left
 * empty there are not yet annotated and skipped. Every problem is reported with file and line, and every row whose
 * passage file can be found must carry the text its offsets point at ({@link Anchoring}).
 */
public final class LabeledCsv {
    private static final List<String> REQUIRED = List.of("passage", "unit");

    private static final String HEADER_HINT = "passage,unit,start,end,label,certain,text";

    private LabeledCsv() {
    }

    /** Rows of every {@code .csv} file named, directories searched recursively and in sorted order. */
    public static List<GoldRow> readAll(List<String> filesOrDirs, Set<String> labels) {
        return readAll(filesOrDirs, labels, Anchoring.check());
    }

    /** As {@link #readAll(List, Set)}, each file's rows anchored to their passages by {@code anchoring}. */
    public static List<GoldRow> readAll(List<String> filesOrDirs, Set<String> labels, Anchoring anchoring) {
        List<GoldRow> rows = new ArrayList<>();
        for (String source : filesOrDirs) {
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                try (var walk = Files.walk(path)) {
                    for (Path csv : walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                        rows.addAll(read(csv, labels, anchoring));
                    }
                } catch (IOException e) {
                    throw new BadInputException(source + ": cannot list directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                rows.addAll(read(path, labels, anchoring));
            } else {
                throw new BadInputException(source + ": no such file or directory");
            }
        }
        return rows;
    }

    /** Reads one file; {@code labels} is the allowed label set, or empty to accept any label. */
    public static List<GoldRow> read(Path file, Set<String> labels) {
        return read(file, labels, Anchoring.check());
    }

    public static List<GoldRow> read(Path file, Set<String> labels, Anchoring anchoring) {
        return rows(table(file, anchoring), labels);
    }

    /**
     * The file as a table whose every row's text is where its offsets point in its passage (those it can find),
     * with the {@code start} and {@code end} cells of rows that {@code anchoring} moved rewritten: what every reader
     * of labeled CSVs starts from, the one place where rows are checked against their passages.
     */
    public static CsvTable table(Path file, Anchoring anchoring) {
        return anchored(CsvTable.parse(TextDecoder.readUtf8(file), file.toString(), HEADER_HINT), file, anchoring);
    }

    /** Parses labeled CSV text, as if read from a file called {@code name}. */
    static List<GoldRow> parse(java.io.Reader reader, String name, Set<String> labels) {
        java.io.StringWriter content = new java.io.StringWriter();
        try {
            reader.transferTo(content);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
        return rows(anchored(CsvTable.parse(content.toString(), name, HEADER_HINT), Path.of(name),
                Anchoring.check()), labels);
    }

    private static CsvTable anchored(CsvTable table, Path file, Anchoring anchoring) {
        Columns columns = columns(table);
        List<Anchoring.Row> anchors = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            int start = integer(table, row, columns.start(), "start", false);
            int end = integer(table, row, columns.end(), "end", false);
            if ((start < 0) != (end < 0) || (start >= 0 && end < start)) {
                throw BadInputException.at(table.name(), row.line(), "bad offsets start=" + start + " end=" + end);
            }
            anchors.add(new Anchoring.Row(row.line(), row.get(columns.passage()), start, end,
                    row.get(columns.text())));
        }
        List<Anchoring.Span> spans = anchoring.anchor(file, anchors);
        List<CsvTable.Row> rows = new ArrayList<>(table.rows().size());
        for (int i = 0; i < spans.size(); i++) {
            CsvTable.Row row = table.rows().get(i);
            Anchoring.Row before = anchors.get(i);
            Anchoring.Span span = spans.get(i);
            if (span.start() == before.start() && span.end() == before.end()) {
                rows.add(row);
            } else {
                List<String> values = new ArrayList<>(row.values());
                values.set(columns.start(), Integer.toString(span.start()));
                values.set(columns.end(), Integer.toString(span.end()));
                rows.add(new CsvTable.Row(row.line(), values));
            }
        }
        return new CsvTable(table.name(), table.header(), rows);
    }

    /** Where the columns every labeled CSV needs are; start and end are -1 when the file has none. */
    private record Columns(int passage, int unit, int start, int end, int text) {
    }

    private static Columns columns(CsvTable table) {
        for (String column : REQUIRED) {
            table.require(column);
        }
        // a quotation table (dataset --quotes-only) names its text column quote_text
        int text = table.column("text") >= 0 || table.column("quote_text") < 0 ? table.column("text")
                : table.column("quote_text");
        if (text < 0) {
            table.require("text");
        }
        return new Columns(table.column("passage"), table.column("unit"), table.column("start"),
                table.column("end"), text);
    }

    private static List<GoldRow> rows(CsvTable table, Set<String> labels) {
        String name = table.name();
        Columns columns = columns(table);
        int labelColumn = table.column("gold") >= 0 ? table.column("gold") : table.column("label");
        if (labelColumn < 0) {
            throw BadInputException.at(name, 1, "missing column 'label' (or 'gold')");
        }
        boolean skipUnannotated = table.column("gold") >= 0;
        int certainColumn = table.column("certain");
        List<GoldRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row record : table.rows()) {
            long line = record.line();
            String label = record.get(labelColumn).strip();
            if (label.isEmpty()) {
                if (skipUnannotated) {
                    continue;
                }
                throw BadInputException.at(name, line, "empty label");
            }
            if (!labels.isEmpty() && !labels.contains(label)) {
                throw BadInputException.at(name, line, "unknown label '" + label + "' (known: "
                        + String.join(", ", labels.stream().sorted().toList()) + ")");
            }
            String passage = record.get(columns.passage());
            int unit = integer(table, record, columns.unit(), "unit", true);
            if (!seen.add(passage + "\u0000" + unit)) {
                throw BadInputException.at(name, line, "unit " + unit + " of passage '" + passage
                        + "' appears twice");
            }
            rows.add(new GoldRow(name, line, passage, unit, integer(table, record, columns.start(), "start", false),
                    integer(table, record, columns.end(), "end", false), label,
                    certain(table, record, certainColumn), record.get(columns.text())));
        }
        return rows;
    }

    private static int integer(CsvTable table, CsvTable.Row record, int column, String name, boolean required) {
        if (column < 0 || record.get(column).isBlank()) {
            if (required) {
                throw BadInputException.at(table.name(), record.line(), "empty '" + name + "'");
            }
            return -1;
        }
        try {
            int value = Integer.parseInt(record.get(column).strip());
            if (value < 0) {
                throw BadInputException.at(table.name(), record.line(), "negative '" + name + "': " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw BadInputException.at(table.name(), record.line(), "'" + name + "' is not a whole number: '"
                    + record.get(column) + "'");
        }
    }

    private static boolean certain(CsvTable table, CsvTable.Row record, int column) {
        if (column < 0) {
            return true;
        }
        String value = record.get(column).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw BadInputException.at(table.name(), record.line(), "'certain' must be true or false, not '"
                    + value + "'");
        };
    }
}
