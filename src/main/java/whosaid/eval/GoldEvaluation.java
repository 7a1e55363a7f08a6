package whosaid.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;
import whosaid.io.PassageText;
import whosaid.label.LabeledUnit;
import whosaid.label.Labeler;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;
import whosaid.text.SpanOverlap;
import whosaid.train.LabeledPassage;
import whosaid.train.TrainingData;

/**
 * {@code whosaid evaluate --gold}: labels the text of hand-labeled passages with a model and scores it against the
 * person's labels. The model cuts the text its own way; each gold unit takes the predicted label covering most of
 * its characters, so gold files made with another segmentation (or an older whosaid) still count unit by unit.
 */
public final class GoldEvaluation {
    private final List<String> labels;
    private final List<GoldPassage> passages;
    private final List<String> notes = new ArrayList<>();

    /**
     * The gold rows of one passage, in unit order, its text if it can be found (null otherwise), and the SHA-256 of
     * the files it comes from (the CSV, and the text file if any). Serializable, so that a cluster can label it.
     */
    public record GoldPassage(List<GoldRow> rows, String text, java.util.Set<String> fileHashes)
            implements java.io.Serializable {
    }

    /**
     * Labels gold passages with the evaluated model and returns the predictions in passage order: here, one after
     * another, or spread over a cluster (the Spark job).
     */
    @FunctionalInterface
    public interface Predictor {
        List<Prediction> predict(List<GoldPassage> passages, boolean context);
    }

    /** Reads the gold files; labels the model does not know are errors naming file and line. */
    public GoldEvaluation(List<String> goldFilesOrDirs, List<String> labels) {
        this(goldFilesOrDirs, labels, whosaid.io.Anchoring.check());
    }

    /** As {@link #GoldEvaluation(List, List)}, the rows held to their passages by {@code anchoring}. */
    public GoldEvaluation(List<String> goldFilesOrDirs, List<String> labels, whosaid.io.Anchoring anchoring) {
        this.labels = List.copyOf(labels);
        Map<String, List<GoldRow>> byPassage = new LinkedHashMap<>();
        for (GoldRow row : LabeledCsv.readAll(goldFilesOrDirs, new LinkedHashSet<>(labels), anchoring)) {
            byPassage.computeIfAbsent(row.file() + "\u0000" + row.passage(), k -> new ArrayList<>()).add(row);
        }
        this.passages = new ArrayList<>();
        int withoutText = 0;
        for (List<GoldRow> rows : byPassage.values()) {
            rows.sort(Comparator.comparingInt(GoldRow::unit));
            GoldRow first = rows.get(0);
            Path file = PassageText.find(first.passage(), Path.of(first.file()));
            String text = null;
            java.util.Set<String> hashes = new java.util.HashSet<>();
            hashes.add(whosaid.train.TrainingRun.sha256(Path.of(first.file())));
            if (file != null && rows.stream().allMatch(GoldRow::hasOffsets)) {
                text = PassageText.read(file);
                hashes.add(whosaid.train.TrainingRun.sha256(file));
            } else {
                withoutText++;
            }
            passages.add(new GoldPassage(List.copyOf(rows), text, hashes));
        }
        if (withoutText > 0) {
            notes.add(withoutText + " of " + passages.size() + " gold passages have no findable text file (or no "
                    + "offsets): their rows were labeled as the units");
        }
    }

    /**
     * Scores the model, with and without decoding, beside the baselines.
     *
     * @param majority the majority label of the data the model was trained on, or null if unknown
     * @param naiveBayes the naive Bayes baseline trained on the same data, or null
     */
    public Evaluation run(WhosaidModel model, String majority, WhosaidModel naiveBayes, Map<String, String> settings) {
        return run(model, majority, naiveBayes, settings, locally(new Labeler(model)));
    }

    /** As {@link #run(WhosaidModel, String, WhosaidModel, Map)}, the model's labeling done by {@code predictor}. */
    public Evaluation run(WhosaidModel model, String majority, WhosaidModel naiveBayes, Map<String, String> settings,
                          Predictor predictor) {
        List<Prediction> decoded = predictor.predict(passages, true);
        List<Trial> trials = new ArrayList<>();
        trials.add(new Trial(Trial.MODEL, decoded));
        trials.add(new Trial(Trial.MODEL_ALONE, predictor.predict(passages, false)));
        if (majority != null) {
            trials.add(new Trial(Trial.MAJORITY, Baselines.majority(decoded, p -> majority)));
        }
        if (naiveBayes != null) {
            trials.add(new Trial(Trial.NAIVE_BAYES, locally(new Labeler(naiveBayes)).predict(passages, false)));
        }
        long uncovered = passages.stream().mapToLong(p -> p.rows().size()).sum() - decoded.size();
        List<String> all = new ArrayList<>(notes);
        if (uncovered > 0) {
            all.add(uncovered + " gold units overlap no unit of the model's (blank text?) and are not scored");
        }
        List<Design> designs = new ArrayList<>();
        java.util.Set<String> seen = trainedOn(model);
        long memorized = decoded.stream().filter(p -> seen.contains(key(p))).count();
        designs.add(new Design("gold", "the gold passages labeled by the model, each gold unit taking the label of "
                + "the unit covering most of it", trials, memorized == 0 ? ""
                : memorized == decoded.size() ? "the model trained on every one of these units: memory, not accuracy"
                : "includes " + memorized + " units the model trained on: memory, not accuracy"));
        if (memorized > 0) {
            if (memorized < decoded.size()) {
                all.add(memorized + " of " + decoded.size() + " gold units were in the model's training data (the "
                        + "same file, or the same text): they are scored apart below");
                designs.add(subset("gold units the model never trained on", "", trials, p -> !seen.contains(key(p))));
                designs.add(subset("gold units the model trained on (memory, not accuracy)",
                        "units the model trained on: memory, not accuracy", trials,
                        p -> seen.contains(key(p))));
            } else {
                // the whole gold is the memorized part: the same tables again under another name would say nothing
                all.add("all " + decoded.size() + " gold units were in the model's training data (the same file, "
                        + "or the same text): every figure below measures memory, not accuracy");
            }
        }
        return new Evaluation("gold labels", settings, labels, designs, all, memorized);
    }

    private static Design subset(String name, String caveat, List<Trial> trials,
                                 java.util.function.Predicate<Prediction> keep) {
        List<Trial> kept = trials.stream()
                .map(t -> new Trial(t.system(), t.predictions().stream().filter(keep).toList())).toList();
        return new Design(name, "the same predictions, " + name, kept, caveat);
    }

    private static String key(Prediction p) {
        return p.passage() + "\u0000" + p.unit();
    }

    /** The keys of the gold units the model trained on: from a training file, or with a training unit's text. */
    private java.util.Set<String> trainedOn(WhosaidModel model) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (model.metadata() == null) {
            return seen;
        }
        java.util.Set<String> trainingFiles = new java.util.HashSet<>();
        model.metadata().data().forEach(d -> trainingFiles.add(d.sha256()));
        for (GoldPassage g : passages) {
            boolean sameFile = g.fileHashes().stream().anyMatch(trainingFiles::contains);
            for (GoldRow row : g.rows()) {
                if (sameFile || model.metadata().texts().contains(row.text())) {
                    seen.add(row.passage() + "\u0000" + row.unit());
                }
            }
        }
        return seen;
    }

    /** The gold passages read, in the order their predictions are scored. */
    public List<GoldPassage> passages() {
        return List.copyOf(passages);
    }

    /** Labels the passages one after another in this JVM. */
    public static Predictor locally(Labeler labeler) {
        return (passages, context) -> {
            List<Prediction> out = new ArrayList<>();
            passages.forEach(g -> out.addAll(predict(labeler, g, context)));
            return out;
        };
    }

    /** The predictions for one gold passage's units, in the order they are scored. */
    public static List<Prediction> predict(Labeler labeler, GoldPassage g, boolean context) {
        List<Prediction> out = new ArrayList<>();
        if (g.text() == null) {
            LabeledPassage rows = TrainingData.asRows(g.rows());
            List<LabeledUnit> labeled = labeler.label(rows.units(), context);
            for (int i = 0; i < labeled.size(); i++) {
                out.add(prediction(g.rows().get(i), labeled.get(i)));
            }
            return out;
        }
        List<GoldRow> rows = new ArrayList<>(g.rows());
        rows.sort(Comparator.comparingInt(GoldRow::start));
        List<LabeledUnit> labeled = labeler.label(new Passage(rows.get(0).passage(), g.text()), context);
        int[] cover = SpanOverlap.bestCover(rows, GoldRow::start, GoldRow::end,
                labeled, u -> u.unit().start(), u -> u.unit().end());
        for (int i = 0; i < rows.size(); i++) {
            if (cover[i] >= 0) {
                out.add(prediction(rows.get(i), labeled.get(cover[i])));
            }
        }
        return out;
    }

    private static Prediction prediction(GoldRow gold, LabeledUnit predicted) {
        return new Prediction(gold.passage(), gold.unit(), gold.label(), predicted.label(), predicted.confidence(),
                gold.certain(), gold.text());
    }
}
