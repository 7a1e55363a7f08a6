package whosaid.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads labeled CSV files ({@code passage,unit,start,end,label,certain,text}; start, end and certain optional).
 *
 * <p>A file with a {@code gold} column (as {@code whosaid dataset} writes) is read by that column, and rows left
 * empty there are not yet annotated and skipped. Every problem is reported with file and line.
 */
public final class LabeledCsv {
    private static final List<String> REQUIRED = List.of("passage", "unit");

    private static final String HEADER_HINT = "passage,unit,start,end,label,certain,text";
    private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\) (.*)");

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
        return parse(new StringReader(TextDecoder.readUtf8(file)), name, labels);
    }

    static List<GoldRow> parse(Reader reader, String name, Set<String> labels) {
        // spreadsheets often save empty columns after the last one: their blank names are harmless
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            int columns = parser.getHeaderNames().size();
            checkHeader(parser.getHeaderNames(), name);
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw BadInputException.at(name, 1, "missing column '" + column + "' (header: "
                            + String.join(",", parser.getHeaderNames()) + ")");
                }
            }
            // a quotation table (dataset --quotes-only) names its text column quote_text
            String textColumn = header.containsKey("text") || !header.containsKey("quote_text") ? "text" : "quote_text";
            if (!header.containsKey(textColumn)) {
                throw BadInputException.at(name, 1, "missing column 'text' (header: "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            String labelColumn = header.containsKey("gold") ? "gold" : "label";
            if (!header.containsKey(labelColumn)) {
                throw BadInputException.at(name, 1, "missing column 'label' (or 'gold')");
            }
            boolean skipUnannotated = labelColumn.equals("gold");
            List<GoldRow> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            // the parser counts the line a record ends on; a row with a quoted line break starts lines earlier
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (record.size() != columns) {
                    throw BadInputException.at(name, line, "row has " + record.size() + " fields, header has "
                            + columns);
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
                        record.get(textColumn)));
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw unreadable(name, e);
        }
    }

    private static void checkHeader(List<String> names, String file) {
        if (names.isEmpty()) {
            throw BadInputException.at(file, 1, "empty file: the first line must be the header (" + HEADER_HINT + ")");
        }
        Set<String> seen = new HashSet<>();
        for (String column : names) {
            if (!column.isBlank() && !seen.add(column)) {
                throw BadInputException.at(file, 1, "column '" + column + "' appears twice in the header");
            }
        }
    }

    /** commons-csv says where a broken record starts as "(startline N)": report that as FILE:N. */
    private static BadInputException unreadable(String file, Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        Matcher at = STARTLINE.matcher(String.valueOf(cause.getMessage()));
        if (at.find()) {
            String what = at.group(2).startsWith("EOF reached before encapsulated token finished")
                    ? "a quoted field opened on this line is never closed" : at.group(2);
            return new BadInputException(file + ":" + at.group(1) + ": " + what, e);
        }
        return new BadInputException(file + ": not a readable CSV file: " + cause.getMessage(), e);
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
