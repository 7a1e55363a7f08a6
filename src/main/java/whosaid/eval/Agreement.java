package whosaid.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import whosaid.io.BadInputException;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;
import whosaid.text.SpanOverlap;

/**
 * {@code whosaid evaluate --compare A B}: how far two label files of the same passages agree, from two annotators
 * or two {@code whosaid label} runs. The first file plays gold, so per-label F1 is the specific agreement on that
 * label (it is symmetric in the two files), and kappa is Cohen's.
 */
public final class Agreement {
    /** How the units of the two files are paired. */
    public enum Match {
        /** Same passage and unit number (both files cut the text the same way). */
        UNIT,
        /** Same passage; each unit of the first file paired with the unit of the second covering most of it. */
        OFFSETS
    }

    private Agreement() {
    }

    public static Evaluation compare(Path first, Path second, Match match) {
        return compare(first, second, match, whosaid.io.Anchoring.check());
    }

    /** As {@link #compare(Path, Path, Match)}, the rows of both files held to their passages by {@code anchoring}. */
    public static Evaluation compare(Path first, Path second, Match match, whosaid.io.Anchoring anchoring) {
        List<GoldRow> a = LabeledCsv.read(first, Set.of(), anchoring);
        List<GoldRow> b = LabeledCsv.read(second, Set.of(), anchoring);
        TreeSet<String> labels = new TreeSet<>();
        a.forEach(r -> labels.add(r.label()));
        b.forEach(r -> labels.add(r.label()));
        List<Prediction> pairs = match == Match.UNIT ? byUnit(a, b) : byOffsets(a, b);
        List<String> notes = new ArrayList<>();
        if (pairs.size() < a.size()) {
            notes.add((a.size() - pairs.size()) + " of " + a.size() + " units of " + first + " have no partner in "
                    + second + " and are not counted");
        }
        if (match == Match.UNIT) {
            Map<String, String> textOfB = new HashMap<>();
            b.forEach(r -> textOfB.put(key(r), r.text().strip()));
            long differ = a.stream().filter(r -> textOfB.containsKey(key(r)))
                    .filter(r -> !textOfB.get(key(r)).equals(r.text().strip())).count();
            if (differ > 0) {
                notes.add(differ + " paired units have different text: the files cut the passages differently; "
                        + "try --match offsets");
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("first (as gold)", first.toString());
        settings.put("second", second.toString());
        settings.put("units matched by", match == Match.UNIT ? "passage and unit number" : "passage and offsets");
        return new Evaluation("agreement of two label files", settings, List.copyOf(labels),
                List.of(new Design("agreement", "labels of " + second + " against those of " + first,
                        List.of(new Trial(second.toString(), pairs)))), notes);
    }

    private static String key(GoldRow r) {
        return r.passage() + "\u0000" + r.unit();
    }

    private static List<Prediction> byUnit(List<GoldRow> a, List<GoldRow> b) {
        Map<String, GoldRow> other = new HashMap<>();
        b.forEach(r -> other.put(key(r), r));
        List<Prediction> pairs = new ArrayList<>();
        for (GoldRow r : a) {
            GoldRow o = other.get(key(r));
            if (o != null) {
                pairs.add(pair(r, o));
            }
        }
        return pairs;
    }

    private static List<Prediction> byOffsets(List<GoldRow> a, List<GoldRow> b) {
        Map<String, List<GoldRow>> first = byPassage(a);
        Map<String, List<GoldRow>> second = byPassage(b);
        List<Prediction> pairs = new ArrayList<>();
        first.forEach((passage, rows) -> {
            List<GoldRow> others = second.getOrDefault(passage, List.of());
            int[] cover = SpanOverlap.bestCover(rows, GoldRow::start, GoldRow::end, others, GoldRow::start,
                    GoldRow::end);
            for (int i = 0; i < rows.size(); i++) {
                if (cover[i] >= 0) {
                    pairs.add(pair(rows.get(i), others.get(cover[i])));
                }
            }
        });
        return pairs;
    }

    /** Rows of each passage in text order; offsets are required. */
    private static Map<String, List<GoldRow>> byPassage(List<GoldRow> rows) {
        Map<String, List<GoldRow>> by = new LinkedHashMap<>();
        for (GoldRow r : rows) {
            if (!r.hasOffsets()) {
                throw BadInputException.at(r.file(), r.line(), "--match offsets needs start and end offsets");
            }
            by.computeIfAbsent(r.passage(), k -> new ArrayList<>()).add(r);
        }
        by.values().forEach(list -> list.sort(Comparator.comparingInt(GoldRow::start)));
        return by;
    }

    private static Prediction pair(GoldRow a, GoldRow b) {
        return new Prediction(a.passage(), a.unit(), a.label(), b.label(), Double.NaN, a.certain() && b.certain(),
                a.text());
    }
}
