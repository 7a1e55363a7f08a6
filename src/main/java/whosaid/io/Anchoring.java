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
 * <p>A mismatch is refused, unless reanchoring was asked for: then the row's text is looked for in the passage and
 * the row takes the offsets where it is now. Text found once goes there; text that repeats (a page title) goes to
 * the copy nearest where the closest row already placed has moved, since an edit moves its neighbours alike.
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
        List<Span> spans = new ArrayList<>(rows.size());
        // how far each row has moved, once known: 0 for a row that holds its text, null while unknown
        Integer[] shift = new Integer[rows.size()];
        List<Integer> mismatched = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            spans.add(new Span(row.start(), row.end()));
            PassageIndex text = row.hasOffsets() ? passages.computeIfAbsent(row.passage(), p -> index(p, csv)) : null;
            if (text == null || text.holds(row.start(), row.end(), row.text())) {
                shift[i] = text == null ? null : 0;
            } else if (!reanchor) {
                throw mismatch(file, row, text);
            } else {
                mismatched.add(i);
            }
        }
        // text found once in the passage is found for sure; it tells where its neighbours, repeated text such as a
        // page title, have most likely gone
        List<Integer> ambiguous = new ArrayList<>();
        for (int i : mismatched) {
            Row row = rows.get(i);
            List<Span> found = passages.get(row.passage()).findAll(row.text());
            if (found.size() == 1) {
                spans.set(i, found.get(0));
                shift[i] = found.get(0).start() - row.start();
            } else {
                ambiguous.add(i);
            }
        }
        List<Row> lost = new ArrayList<>();
        for (int i : ambiguous) {
            Row row = rows.get(i);
            Span found = passages.get(row.passage()).find(row.text(), row.start() + nearestShift(rows, shift, i));
            if (found == null) {
                lost.add(row);
            } else {
                spans.set(i, found);
            }
        }
        Map<String, Moves> moves = new LinkedHashMap<>();
        for (int i : mismatched) {
            Row row = rows.get(i);
            if (spans.get(i).start() != row.start() || spans.get(i).end() != row.end()) {
                moves.computeIfAbsent(passages.get(row.passage()).file().toString(), k -> new Moves())
                        .add(spans.get(i).start() - row.start());
            }
        }
        moves.forEach((passage, m) -> report.accept(file + ": " + m.count + " row(s) no longer matched " + passage
                + " at their offsets; found their text nearby and moved them " + m.by()));
        if (!lost.isEmpty()) {
            lost.sort(java.util.Comparator.comparingLong(Row::line));
            Row first = lost.get(0);
            throw BadInputException.at(file, first.line(), "the text of this row (\"" + words(first.text())
                    + "\", offsets " + first.start() + "-" + first.end() + ") is nowhere in "
                    + passages.get(first.passage()).file() + (lost.size() == 1 ? "" : "; nor is that of "
                    + (lost.size() - 1) + " more row(s), at line(s) " + lines(lost))
                    + ": the passage was changed there since this file was made; label those units again");
        }
        return spans;
    }

    /** The shift of the nearest row of the same passage whose shift is known, the one before on a tie; else 0. */
    private static int nearestShift(List<Row> rows, Integer[] shift, int i) {
        String passage = rows.get(i).passage();
        for (int d = 1; d < rows.size(); d++) {
            for (int j : new int[] {i - d, i + d}) {
                if (j >= 0 && j < rows.size() && shift[j] != null && rows.get(j).passage().equals(passage)) {
                    return shift[j];
                }
            }
        }
        return 0;
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
