package whosaid.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labeled CSV files ({@code passage,unit,start,end,label,certain,text}; start, end and certain optional).
 *
 * <p>A file with a {@code gold} column (as {@code whosaid dataset} writes) is read by that column, and rows left
 * empty there are not yet annotated and skipped. Every problem is reported with file and line.
 */
public final class LabeledCsv {
    private static final List<String> REQUIRED = List.of("passage", "unit", "text");

    private LabeledCsv() {
    }

    /** Rows of every {@code .csv} file named, directories searched recursively and in sorted order. */
    public static List<GoldRow> readAll(List<String> filesOrDirs, Set<String> labels) {
        List<GoldRow> rows = new ArrayList<>();
        for (String source : filesOrDirs) {
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                try (var walk = Files.walk(path)) {
                    for (Path csv : walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                        rows.addAll(read(csv, labels));
                    }
                } catch (IOException e) {
                    throw new BadInputException(source + ": cannot list directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                rows.addAll(read(path, labels));
            } else {
                throw new BadInputException(source + ": no such file or directory");
            }
        }
        return rows;
    }

    /** Reads one file; {@code labels} is the allowed label set, or empty to accept any label. */
    public static List<GoldRow> read(Path file, Set<String> labels) {
        String name = file.toString();
        String content;
        try {
            content = TextDecoder.decode(Files.readAllBytes(file), StandardCharsets.UTF_8, name);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
        return parse(new StringReader(content), name, labels);
    }

    static List<GoldRow> parse(Reader reader, String name, Set<String> labels) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw BadInputException.at(name, 1, "missing column '" + column + "' (header: "
                            + String.join(",", parser.getHeaderNames()) + ")");
                }
            }
            String labelColumn = header.containsKey("gold") ? "gold" : "label";
            if (!header.containsKey(labelColumn)) {
                throw BadInputException.at(name, 1, "missing column 'label' (or 'gold')");
            }
            boolean skipUnannotated = labelColumn.equals("gold");
            List<GoldRow> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (!record.isConsistent()) {
                    throw BadInputException.at(name, line, "row has " + record.size() + " fields, header has "
                            + header.size());
                }
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
                String passage = record.get("passage");
                int unit = integer(record, "unit", name, line, true);
                if (!seen.add(passage + "\u0000" + unit)) {
                    throw BadInputException.at(name, line, "unit " + unit + " of passage '" + passage
                            + "' appears twice");
                }
                int start = integer(record, "start", name, line, false);
                int end = integer(record, "end", name, line, false);
                if ((start < 0) != (end < 0) || (start >= 0 && end < start)) {
                    throw BadInputException.at(name, line, "bad offsets start=" + start + " end=" + end);
                }
                rows.add(new GoldRow(name, line, passage, unit, start, end, label, certain(record, name, line),
                        record.get("text")));
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BadInputException(name + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static int integer(CSVRecord record, String column, String name, long line, boolean required) {
        if (!record.isMapped(column) || record.get(column).isBlank()) {
            if (required) {
                throw BadInputException.at(name, line, "empty '" + column + "'");
            }
            return -1;
        }
        try {
            int value = Integer.parseInt(record.get(column).strip());
            if (value < 0) {
                throw BadInputException.at(name, line, "negative '" + column + "': " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw BadInputException.at(name, line, "'" + column + "' is not a whole number: '" + record.get(column) + "'");
        }
    }

    private static boolean certain(CSVRecord record, String name, long line) {
        if (!record.isMapped("certain")) {
            return true;
        }
        String value = record.get("certain").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw BadInputException.at(name, line, "'certain' must be true or false, not '" + value + "'");
        };
    }
}
