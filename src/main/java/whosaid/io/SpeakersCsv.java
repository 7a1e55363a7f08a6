package whosaid.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Speakers.Speaker> speakers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            if (!parser.getHeaderMap().containsKey("label") || !parser.getHeaderMap().containsKey("aliases")) {
                throw BadInputException.at(name, 1, "header must be label,aliases");
            }
            for (CSVRecord r : parser) {
                if (!r.isConsistent() || r.get("label").isBlank()) {
                    throw BadInputException.at(name, parser.getCurrentLineNumber(), "expected label,aliases");
                }
                List<String> aliases = Arrays.stream(r.get("aliases").split("\\|")).map(String::strip)
                        .filter(a -> !a.isEmpty()).toList();
                speakers.add(new Speakers.Speaker(r.get("label").strip(), aliases));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(name + ": " + e.getMessage(), e);
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
