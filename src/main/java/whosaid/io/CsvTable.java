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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole CSV file with a header, as read or about to be written: UTF-8, RFC 4180, each row remembering the line
 * it ends on so that problems can be reported as "FILE:LINE: message".
 */
public record CsvTable(String name, List<String> header, List<CsvTable.Row> rows) {
    /** The byte order mark that makes Excel read a CSV file as UTF-8 (whosaid's readers skip it). */
    private static final char BOM = '\uFEFF';

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One record; {@code line} is 0 for a row not read from a file. */
    public record Row(long line, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String get(int column) {
            return values.get(column);
        }
    }

    public static CsvTable read(Path file) {
        String name = file.toString();
        String content = TextDecoder.readUtf8(file);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw BadInputException.at(name, 1, "empty file: a header line is needed");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (record.size() != header.size()) {
                    throw BadInputException.at(name, line, "row has " + record.size() + " fields, header has "
                            + header.size());
                }
                rows.add(new Row(line, record.toList()));
            }
            return new CsvTable(name, header, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new BadInputException(name + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** The index of a column, or -1 when the file has none of that name. */
    public int column(String column) {
        return header.indexOf(column);
    }

    /** The index of a column the caller cannot do without. */
    public int require(String column) {
        int i = column(column);
        if (i < 0) {
            throw BadInputException.at(name, 1, "missing column '" + column + "' (header: "
                    + String.join(",", header) + ")");
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
