package whosaid.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps a labeled CSV's rows attached to their text. A row points into its passage by offsets and carries the
 * unit's text beside them; if the passage was edited after the file was made, the offsets point at other words and
 * a label would silently move to the wrong sentence. So every row whose passage file can be found must have its
 * {@code text} at {@code passage[start:end]}, whitespace runs counting as equal (a spreadsheet may turn a line break
 * into a space) and a spreadsheet-safe leading quote ({@code '=}) ignored.
 *
 * <p>A mismatch is refused, unless reanchoring was asked for: then the row's text is looked for in the passage,
 * nearest where the rows before it were found, and the row takes the offsets where it is now.
 */
public final class Anchoring {
    private static final int SHOWN_WORDS = 6;

    private final boolean reanchor;
    private final Consumer<String> report;

    private Anchoring(boolean reanchor, Consumer<String> report) {
        this.reanchor = reanchor;
        this.report = report;
    }

    /** Refuses any row whose text is not where its offsets point. */
    public static Anchoring check() {
        return new Anchoring(false, line -> { });
    }

    /** Moves rows whose text is found elsewhere in the passage, telling {@code report} what moved. */
    public static Anchoring reanchor(Consumer<String> report) {
        return new Anchoring(true, report);
    }

    /** Where a row of a labeled CSV points; {@code start} and {@code end} are -1 when it gives no offsets. */
    public record Row(long line, String passage, int start, int end, String text) {
        boolean hasOffsets() {
            return start >= 0 && end >= start;
        }
    }

    /** Offsets in code points, end exclusive. */
    public record Span(int start, int end) {
    }

    /**
     * The span of each row, in the order given: the row's own, or where reanchoring found its text. Rows without
     * offsets, or whose passage file cannot be found, keep theirs unchecked.
     *
     * @param csv the labeled CSV file, for messages and to find passage files relative to it
     */
    public List<Span> anchor(Path csv, List<Row> rows) {
        String file = csv.toString();
        Map<String, PassageIndex> passages = new HashMap<>();
        Map<String, Integer> shift = new HashMap<>();
        List<Span> spans = new ArrayList<>(rows.size());
        Map<String, Moves> moves = new LinkedHashMap<>();
        List<Row> lost = new ArrayList<>();
        for (Row row : rows) {
            Span own = new Span(row.start(), row.end());
            PassageIndex text = row.hasOffsets() ? passages.computeIfAbsent(row.passage(), p -> index(p, csv)) : null;
            if (text == null || text.holds(row.start(), row.end(), row.text())) {
                spans.add(own);
                shift.put(row.passage(), 0);
                continue;
            }
            if (!reanchor) {
                throw mismatch(file, row, text);
            }
            // the rows of a passage come in reading order: where the last one moved, the next has most likely moved
            int expected = row.start() + shift.getOrDefault(row.passage(), 0);
            Span found = text.find(row.text(), expected);
            if (found == null) {
                lost.add(row);
                spans.add(own);
                continue;
            }
            spans.add(found);
            shift.put(row.passage(), found.start() - row.start());
            moves.computeIfAbsent(text.file().toString(), k -> new Moves()).add(found.start() - row.start());
        }
        moves.forEach((passage, m) -> report.accept(file + ": " + m.count + " row(s) no longer matched " + passage
                + " at their offsets; found their text nearby and moved them " + m.by()));
        if (!lost.isEmpty()) {
            Row first = lost.get(0);
            throw BadInputException.at(file, first.line(), "the text of this row (\"" + words(first.text())
                    + "\", offsets " + first.start() + "-" + first.end() + ") is nowhere in "
                    + passages.get(first.passage()).file() + (lost.size() == 1 ? "" : "; nor is that of "
                    + (lost.size() - 1) + " more row(s), at line(s) " + lines(lost))
                    + ": the passage was changed there since this file was made; label those units again");
        }
        return spans;
    }

    private static PassageIndex index(String passage, Path csv) {
        Path file = PassageText.find(passage, csv);
        return file == null ? null : new PassageIndex(file, PassageText.read(file));
    }

    private static BadInputException mismatch(String file, Row row, PassageIndex text) {
        if (row.end() > text.length()) {
            return BadInputException.at(file, row.line(), "offsets " + row.start() + "-" + row.end()
                    + " lie outside the passage text " + text.file() + " (" + text.length() + " code points): "
                    + "the passage may have changed since this file was made (--reanchor looks for the text)");
        }
        return BadInputException.at(file, row.line(), "text \"" + words(row.text()) + "\" is not at offsets "
                + row.start() + "-" + row.end() + " of " + text.file() + ", which hold \""
                + words(text.slice(row.start(), row.end())) + "\": the passage may have changed since this file was "
                + "made (--reanchor looks for the text near its old place and uses the new offsets)");
    }

    /** The first few words, on one line. */
    static String words(String text) {
        String[] words = PassageIndex.normalized(text).split(" ");
        if (words.length <= SHOWN_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, SHOWN_WORDS)) + " ...";
    }

    private static String lines(List<Row> lost) {
        List<String> shown = lost.stream().skip(1).limit(10).map(r -> Long.toString(r.line())).toList();
        return String.join(", ", shown) + (lost.size() > 11 ? ", ..." : "");
    }

    /** How far the rows of one passage moved, for the report. */
    private static final class Moves {
        int count;
        int least = Integer.MAX_VALUE;
        int most = Integer.MIN_VALUE;

        void add(int by) {
            count++;
            least = Math.min(least, by);
            most = Math.max(most, by);
        }

        String by() {
            return least == most ? String.format(Locale.ROOT, "by %+d code points", least)
                    : String.format(Locale.ROOT, "by %+d to %+d code points", least, most);
        }
    }
}
