package whosaid.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import whosaid.io.BadInputException;
import whosaid.io.CsvTable;

/**
 * Quotation gold ({@code data/quotes/quotes.csv}): spans of quoted words, each with whose words they are. Spans in
 * corpus works are referenced as {@code corpus:<voice>/<file>.txt} and offsets, never copied: their text is read
 * from the corpus when evaluating.
 *
 * @param source {@code corpus:<voice>/<file>.txt}, or the path of a text file
 * @param start code-point offset of the quoted words, inclusive
 * @param end code-point offset, exclusive
 * @param label whose words they are
 * @param quotedBy the voice of the text around them
 * @param introducer how the annotator saw them introduced: named, first-person, pronoun, other-named, none
 */
public record QuoteGold(String source, int start, int end, String label, String quotedBy, boolean certain,
                        String introducer, long line) {
    static final String CORPUS_PREFIX = "corpus:";

    /** The annotator saw the speaker named where the quotation is introduced: "named" or "other-named". */
    public boolean speakerNamed() {
        return introducer.equals("named") || introducer.equals("other-named");
    }

    public boolean inCorpus() {
        return source.startsWith(CORPUS_PREFIX);
    }

    /** The corpus-relative path of a corpus span ("Stalin/trotskyism-or-leninism.txt"). */
    public String corpusPath() {
        return source.substring(CORPUS_PREFIX.length());
    }

    public static List<QuoteGold> read(Path csv, Collection<String> labels) {
        CsvTable table = CsvTable.read(csv);
        int source = table.require("source");
        int start = table.require("start");
        int end = table.require("end");
        int label = table.require("label");
        int quotedBy = table.column("quoted_by");
        int certain = table.column("certain");
        int introducer = table.column("introducer");
        List<QuoteGold> spans = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = csv + ":" + row.line();
            String voice = row.get(label);
            if (!labels.contains(voice)) {
                throw new BadInputException(where + ": label '" + voice + "' is not one of " + labels);
            }
            int s = integer(row.get(start), where, "start");
            int e = integer(row.get(end), where, "end");
            if (e <= s) {
                throw new BadInputException(where + ": end " + e + " is not after start " + s);
            }
            spans.add(new QuoteGold(row.get(source), s, e, voice, quotedBy < 0 ? "" : row.get(quotedBy),
                    certain < 0 || !row.get(certain).strip().equalsIgnoreCase("false"),
                    introducer < 0 ? "" : row.get(introducer).strip().toLowerCase(Locale.ROOT), row.line()));
        }
        return spans;
    }

    /** The text file a span's source names: in the corpus, or as written (or beside the CSV and above it). */
    Path file(Path corpus, Path csv) {
        if (inCorpus()) {
            if (corpus == null) {
                throw new BadInputException(csv + ":" + line + ": " + source + " needs --corpus DIR");
            }
            return corpus.resolve(corpusPath());
        }
        Path found = whosaid.io.PassageText.find(source, csv);
        if (found == null || !Files.isRegularFile(found)) {
            throw new BadInputException(csv + ":" + line + ": text file " + source + " not found");
        }
        return found;
    }

    private static int integer(String value, String where, String column) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": " + column + " '" + value + "' is not a whole number");
        }
    }
}
