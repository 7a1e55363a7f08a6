package whosaid.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import whosaid.corpus.CorpusManifest;
import whosaid.io.Anchoring;
import whosaid.io.BadInputException;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;
import whosaid.io.PassageText;
import whosaid.io.TextDecoder;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.SpanOverlap;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/** Reads the two kinds of labeled data: hand-labeled CSV files, and corpus folders whose name is the voice. */
public final class TrainingData {
    private TrainingData() {
    }

    /**
     * Every work of a corpus directory ({@code DIR/<label>/*.txt}) as one passage, each unit weakly labeled by
     * its folder, except quotations, which are other people's words.
     */
    public static List<LabeledPassage> corpus(Path dir, Segmenter segmenter) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": corpus directory not found; " + CorpusManifest.WHERE_TO_GET_IT);
        }
        List<LabeledPassage> passages = new ArrayList<>();
        try (Stream<Path> labels = Files.list(dir)) {
            for (Path labelDir : labels.filter(Files::isDirectory).sorted().toList()) {
                String label = labelDir.getFileName().toString();
                try (Stream<Path> files = Files.list(labelDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        passages.add(corpusWork(dir, file, label, segmenter));
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read corpus: " + e.getMessage(), e);
        }
        if (passages.isEmpty()) {
            throw new BadInputException(dir + ": no DIR/<label>/*.txt files in corpus directory");
        }
        return passages;
    }

    private static LabeledPassage corpusWork(Path root, Path file, String label, Segmenter segmenter)
            throws IOException {
        String id = root.relativize(file).toString();
        String text = TextDecoder.readUtf8(file);
        List<Unit> units = segmenter.segment(new Passage(id, text));
        List<String> labels = new ArrayList<>(units.size());
        for (Unit u : units) {
            labels.add(u.kind() == UnitKind.QUOTATION ? null : label);
        }
        return new LabeledPassage(id, id, units, labels, Collections.nCopies(units.size(), true), false);
    }

    /**
     * Hand-labeled passages from CSV files. Where the passage text can be found (its path as written, or beside the
     * CSV), it is cut into units again with this segmenter and each unit takes the label of the gold unit covering
     * most of it, so that training sees units exactly as labeling will; otherwise the rows are the units.
     */
    public static List<LabeledPassage> handLabeled(List<String> csvFilesOrDirs, Set<String> labels,
                                                   Segmenter segmenter, Anchoring anchoring) {
        return handLabeled(csvFilesOrDirs, labels, segmenter, whosaid.io.Fallback.warn(System.err), anchoring);
    }

    /**
     * @param fallback told of each passage trained on as its rows, because its text or offsets are missing
     * @param anchoring how rows are held to their passages: checked, or moved to where their text now is
     */
    public static List<LabeledPassage> handLabeled(List<String> csvFilesOrDirs, Set<String> labels,
                                                   Segmenter segmenter, whosaid.io.Fallback fallback,
                                                   Anchoring anchoring) {
        Map<String, List<GoldRow>> byPassage = new LinkedHashMap<>();
        for (GoldRow row : LabeledCsv.readAll(csvFilesOrDirs, labels, anchoring)) {
            byPassage.computeIfAbsent(row.file() + "\u0000" + row.passage(), k -> new ArrayList<>()).add(row);
        }
        List<LabeledPassage> passages = new ArrayList<>();
        for (List<GoldRow> rows : byPassage.values()) {
            rows.sort(java.util.Comparator.comparingInt(GoldRow::unit));
            GoldRow first = rows.get(0);
            Path text = PassageText.find(first.passage(), Path.of(first.file()), fallback);
            boolean offsets = rows.stream().allMatch(GoldRow::hasOffsets);
            if (text == null || !offsets) {
                fallback.note(first.file() + ": passage " + first.passage() + " is trained on as its " + rows.size()
                        + " rows, one unit each, not cut as labeling cuts it: " + (text == null
                        ? "its text file was not found (beside the CSV, up to two folders above, or from the current "
                        + "folder)" : "some rows have no start and end"));
            }
            passages.add(text != null && offsets ? resegmented(rows, text, segmenter) : asRows(rows));
        }
        return passages;
    }

    private static LabeledPassage resegmented(List<GoldRow> rows, Path textFile, Segmenter segmenter) {
        GoldRow first = rows.get(0);
        String text = PassageText.read(textFile);
        List<Unit> units = segmenter.segment(new Passage(first.passage(), text));
        int[] cover = SpanOverlap.bestCover(units, Unit::start, Unit::end, rows, GoldRow::start, GoldRow::end);
        List<String> labels = new ArrayList<>(units.size());
        List<Boolean> certain = new ArrayList<>(units.size());
        for (int c : cover) {
            labels.add(c < 0 ? null : rows.get(c).label());
            certain.add(c >= 0 && rows.get(c).certain());
        }
        return new LabeledPassage(first.passage(), first.passage(), units, labels, certain, true);
    }

    /** A passage whose units are the rows themselves, for rows whose text file cannot be found. */
    public static LabeledPassage asRows(List<GoldRow> rows) {
        GoldRow first = rows.get(0);
        List<Unit> units = new ArrayList<>(rows.size());
        int offset = 0;
        for (GoldRow row : rows) {
            int start = row.hasOffsets() ? row.start() : offset;
            int end = row.hasOffsets() ? row.end() : start + row.text().codePointCount(0, row.text().length());
            units.add(new Unit(first.passage(), units.size(), start, end, row.text(), UnitKind.SENTENCE, 0, ""));
            offset = end + 1;
        }
        return new LabeledPassage(first.passage(), first.passage(), units,
                rows.stream().map(GoldRow::label).toList(), rows.stream().map(GoldRow::certain).toList(), true);
    }
}
