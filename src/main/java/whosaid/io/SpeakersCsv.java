package whosaid.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import whosaid.text.Speakers;

/** Reads {@code speakers.csv}: {@code label,aliases}, the aliases separated by {@code |}. */
public final class SpeakersCsv {
    private SpeakersCsv() {
    }

    public static Speakers read(Path file) {
        String name = file.toString();
        try {
            return parse(TextDecoder.decodeUtf8(Files.readAllBytes(file), name), name);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(name + ": no such speakers file (name one with --speakers)", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** @param name the file the content came from, for errors */
    public static Speakers parse(String content, String name) {
        CsvTable table = CsvTable.parse(content, name, "label,aliases");
        int label = table.column("label");
        int aliases = table.column("aliases");
        if (label < 0 || aliases < 0) {
            throw BadInputException.at(name, 1, "header must be label,aliases");
        }
        List<Speakers.Speaker> speakers = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.get(label).isBlank()) {
                throw BadInputException.at(name, row.line(), "expected label,aliases");
            }
            speakers.add(new Speakers.Speaker(row.get(label).strip(), Arrays.stream(row.get(aliases).split("\\|"))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList()));
        }
        return new Speakers(speakers);
    }

    /** The speakers as {@link #parse} reads them back (the label is not repeated among the aliases). */
    public static String format(Speakers speakers) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("label", "aliases");
            for (Speakers.Speaker s : speakers.all()) {
                printer.printRecord(s.label(), String.join("|", s.aliases().subList(1, s.aliases().size())));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
