package whosaid.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A whole CSV file with a header, as read or about to be written: UTF-8, RFC 4180, each row remembering the line
 * it starts on so that problems can be reported as "FILE:LINE: message". Every CSV file whosaid reads is parsed here.
 */
public record CsvTable(String name, List<String> header, List<CsvTable.Row> rows) {
    /** The byte order mark that makes Excel read a CSV file as UTF-8 (whosaid's readers skip it). */
    private static final char BOM = '\uFEFF';
    private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\) (.*)");
    private static final Pattern AT_LINE = Pattern.compile("\\bline:? (\\d+)");

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One record; {@code line} is the line it starts on, 0 for a row not read from a file. */
    public record Row(long line, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String get(int column) {
            return values.get(column);
        }
    }

    public static CsvTable read(Path file) {
        return parse(TextDecoder.readUtf8(file), file.toString(), null);
    }

    /**
     * Parses a whole file. Spreadsheets often save empty columns after the last one: their blank names are harmless;
     * a name given twice is refused. Every error names the file and the line the broken row starts on.
     *
     * @param headerHint the header this kind of file should have, for the message about an empty file; or null
     */
    public static CsvTable parse(String content, String name, String headerHint) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, name, headerHint);
            List<Row> rows = new ArrayList<>();
            // the parser counts the line a record ends on; a row with a quoted line break starts lines earlier
            long previousEnd = parser.getCurrentLineNumber();
            line = previousEnd + 1;
            for (CSVRecord record : parser) {
                previousEnd = parser.getCurrentLineNumber();
                if (!(record.size() == 1 && record.get(0).isEmpty())) { // else a blank line
                    if (record.size() != header.size()) {
                        throw BadInputException.at(name, line, "row has " + record.size() + " fields, header has "
                                + header.size());
                    }
                    rows.add(new Row(line, record.toList()));
                }
                line = previousEnd + 1;
            }
            return new CsvTable(name, header, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw unreadable(name, line, e);
        }
    }

    private static void checkHeader(List<String> names, String file, String hint) {
        if (names.isEmpty()) {
            throw BadInputException.at(file, 1, "empty file: the first line must be the header"
                    + (hint == null ? "" : " (" + hint + ")"));
        }
        Set<String> seen = new HashSet<>();
        for (String column : names) {
            if (!column.isBlank() && !seen.add(column)) {
                throw BadInputException.at(file, 1, "column '" + column + "' appears twice in the header");
            }
        }
    }

    /**
     * commons-csv says where a record broke in words ("(startline N)", "at line: N"): report it as FILE:N in the
     * user's terms; any other failure is placed at the line the record being read starts on.
     */
    private static BadInputException unreadable(String file, long recordLine, Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        Matcher startline = STARTLINE.matcher(message);
        if (startline.find()) {
            String what = startline.group(2).startsWith("EOF reached before encapsulated token finished")
                    ? "a quoted field opened on this line is never closed" : startline.group(2);
            return new BadInputException(file + ":" + startline.group(1) + ": " + what, e);
        }
        Matcher at = AT_LINE.matcher(message);
        long line = at.find() ? Long.parseLong(at.group(1)) : recordLine;
        if (message.startsWith("Invalid character between encapsulated token and delimiter")) {
            return BadInputException.at(file, line, "text after the closing quotation mark of a quoted field (a "
                    + "quotation mark inside a quoted field is written twice: \"\")");
        }
        return BadInputException.at(file, line, "not a readable CSV row: " + message);
    }

    /** The index of a column, or -1 when the file has none of that name. */
    public int column(String column) {
        return header.indexOf(column);
    }

    /** The index of a column the caller cannot do without. */
    public int require(String column) {
        int i = column(column);
        if (i < 0) {
            String shown = String.join(",", header);
            throw BadInputException.at(name, 1, "missing column '" + column + "' (header: "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown) + ")");
        }
        return i;
    }

    /**
     * Writes the table atomically. {@code spreadsheetSafe} neutralises formula-like cells and starts the file with
     * a byte order mark, so that Excel neither runs a cell nor misreads non-ASCII text.
     */
    public void write(Path target, boolean spreadsheetSafe) throws IOException {
        AtomicFile.write(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            if (spreadsheetSafe) {
                out.write(BOM);
            }
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            printer.printRecord(cells(header, spreadsheetSafe));
            for (Row row : rows) {
                printer.printRecord(cells(row.values(), spreadsheetSafe));
            }
            printer.flush();
        });
    }

    private static List<String> cells(List<String> values, boolean spreadsheetSafe) {
        return spreadsheetSafe ? values.stream().map(SpreadsheetSafe::cell).toList() : values;
    }
}
