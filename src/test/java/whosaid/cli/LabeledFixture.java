package whosaid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny hand-labeled passage: its text file and a labeled CSV whose offsets point into it, as an annotator leaves
 * them; and the same text after an editor added a paragraph at the top.
 */
final class LabeledFixture {
    static final String ADDED = "Saved from the web in 2024.\n\n";
    static final List<String[]> UNITS = List.of(
            new String[] {"Leon Trotsky", "narrator"},
            new String[] {"Lenin wrote to the congress:", "Trotsky"},
            new String[] {"The proletariat needs the state only temporarily.", "Lenin"},
            new String[] {"I remember the winter evenings in the prison cell.", "Trotsky"},
            new String[] {"A nation is a historically constituted, stable community of people.", "Stalin"},
            new String[] {"The congress was held in London.", "narrator"});
    static final String TEXT = UNITS.get(0)[0] + "\n\n" + UNITS.get(1)[0] + " " + UNITS.get(2)[0] + " "
            + UNITS.get(3)[0] + "\n\n" + UNITS.get(4)[0] + " " + UNITS.get(5)[0] + "\n";

    private LabeledFixture() {
    }

    /** The labeled CSV of {@link #TEXT}, its {@code passage} column naming {@code passage}. */
    static String csv(String passage) {
        StringBuilder csv = new StringBuilder("passage,unit,start,end,label,certain,text\n");
        int from = 0;
        for (int i = 0; i < UNITS.size(); i++) {
            String unit = UNITS.get(i)[0];
            int start = TEXT.indexOf(unit, from);
            from = start + unit.length();
            csv.append(passage).append(',').append(i).append(',').append(start).append(',').append(from).append(',')
                    .append(UNITS.get(i)[1]).append(",true,\"").append(unit).append("\"\n");
        }
        return csv.toString();
    }

    /**
     * Writes {@code p.txt} (edited or not) and {@code g.csv} into {@code dir}, the CSV naming the passage by its
     * path as {@code whosaid dataset} would given that path; returns the CSV.
     */
    static Path write(Path dir, boolean edited) throws IOException {
        Path text = dir.resolve("p.txt");
        Files.writeString(text, edited ? ADDED + TEXT : TEXT, StandardCharsets.UTF_8);
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, csv(text.toString()), StandardCharsets.UTF_8);
        return csv;
    }
}
