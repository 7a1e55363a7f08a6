package whosaid.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import whosaid.io.BadInputException;
import whosaid.model.ModelFile;
import whosaid.model.ModelMetadata;
import whosaid.model.WhosaidModel;
import whosaid.text.Segmenter;
import whosaid.train.FeaturizedPassage;
import whosaid.train.LabeledPassage;
import whosaid.train.Trainer;
import whosaid.train.TrainingOptions;
import whosaid.train.TrainingRun;

/** {@code whosaid evaluate}: runs one kind of evaluation and writes the reports asked for. */
public final class EvaluationRun {
    private EvaluationRun() {
    }

    /** Where the reports go: standard output always, JSON and HTML when a path is given. */
    public record Reports(PrintStream out, Path json, Path html) {
    }

    /**
     * A model against gold files. The baselines train on {@code baselineData} when it names any data; otherwise
     * only the majority label of the model's own training data (from its metadata) is reported beside it. The gold
     * rows are held to their passages as {@code baselineData.anchoring()} says.
     */
    public static Evaluation gold(Path modelFile, List<String> gold, TrainingRun.Sources baselineData,
                                  TrainingOptions options, PrintStream log) {
        WhosaidModel model = ModelFile.load(modelFile);
        return gold(model, modelFile.toString(), gold, baselineData, options, log,
                GoldEvaluation.locally(new whosaid.label.Labeler(model)));
    }

    /**
     * As {@link #gold(Path, List, TrainingRun.Sources, TrainingOptions, PrintStream)}, for a model already loaded
     * (named {@code modelName} in the report), its labeling of the gold passages done by {@code predictor}.
     */
    public static Evaluation gold(WhosaidModel model, String modelName, List<String> gold,
                                  TrainingRun.Sources baselineData, TrainingOptions options, PrintStream log,
                                  GoldEvaluation.Predictor predictor) {
        GoldEvaluation evaluation = new GoldEvaluation(gold, model.labels(), baselineData.anchoring());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("model", modelName);
        settings.put("gold", String.join(" ", gold));
        String majority = null;
        WhosaidModel naiveBayes = null;
        if (baselineData.corpus() != null || !baselineData.labeledCsv().isEmpty()) {
            log.println("training the baselines ...");
            List<LabeledPassage> passages = new java.util.ArrayList<>(TrainingRun.read(baselineData, new Segmenter()));
            // a baseline trained on the very passages it is scored on would measure memory, not attribution
            java.util.Set<String> goldPassages = new java.util.HashSet<>();
            evaluation.passages().forEach(g -> g.rows().forEach(r -> goldPassages.add(r.passage())));
            if (passages.removeIf(p -> p.handLabeled() && goldPassages.contains(p.id()))) {
                settings.put("left out of the baselines' training", "the gold passages");
            }
            Map<String, Long> counts = countLabels(passages);
            if (!model.labels().containsAll(counts.keySet())) {
                throw new BadInputException("the baseline data has labels " + counts.keySet()
                        + ", the model only " + model.labels());
            }
            majority = Baselines.majority(model.labels(), counts);
            Trainer trainer = new Trainer(model.labels(), baselineData.speakers(), Baselines.naiveBayes(options));
            List<FeaturizedPassage> featurized = trainer.featurize(passages);
            naiveBayes = trainer.train(featurized, new ModelMetadata("", "", List.of(), Map.of(), Map.of(), Map.of()));
            settings.put("baselines trained on", sourcesOf(baselineData));
        } else if (model.metadata() != null && !model.metadata().unitsPerLabel().isEmpty()) {
            majority = Baselines.majority(model.labels(), model.metadata().unitsPerLabel());
            settings.put("baselines", "majority label of the model's training data only (give --data/--corpus "
                    + "for naive Bayes too)");
        }
        log.println("labeling the gold passages ...");
        return evaluation.run(model, majority, naiveBayes, settings, predictor);
    }

    public static Evaluation crossValidate(TrainingRun.Sources sources, TrainingOptions options,
                                           GroupedCrossValidation.Plan plan, PrintStream log) {
        return crossValidate(sources, options, plan, log, whosaid.io.Progress.none());
    }

    /** @param progress shown the folds as they are trained (a bar on a terminal) */
    public static Evaluation crossValidate(TrainingRun.Sources sources, TrainingOptions options,
                                           GroupedCrossValidation.Plan plan, PrintStream log,
                                           whosaid.io.Progress progress) {
        log.println("reading training data ...");
        List<LabeledPassage> passages = TrainingRun.read(sources, new Segmenter());
        List<String> labels = TrainingRun.labels(passages);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data", sourcesOf(sources));
        settings.put("grouping", plan.grouping().name().toLowerCase(java.util.Locale.ROOT));
        settings.put("seed", Long.toString(plan.seed()));
        settings.put("classifier", options.classifier());
        settings.put("features", String.join(",", options.families()));
        settings.put("calibration folds", Integer.toString(options.calibrationFolds()));
        return new GroupedCrossValidation(labels, sources.speakers(), options, log, progress).run(passages, plan,
                settings);
    }

    public static void report(Evaluation evaluation, Reports reports) throws IOException {
        TextReport.write(evaluation, reports.out());
        if (reports.json() != null) {
            JsonReport.write(evaluation, reports.json());
        }
        if (reports.html() != null) {
            HtmlReport.write(evaluation, reports.html());
        }
    }

    private static Map<String, Long> countLabels(List<LabeledPassage> passages) {
        Map<String, Long> counts = new TreeMap<>();
        passages.forEach(p -> p.labels().stream().filter(Objects::nonNull).forEach(l -> counts.merge(l, 1L, Long::sum)));
        return counts;
    }

    private static String sourcesOf(TrainingRun.Sources sources) {
        StringBuilder s = new StringBuilder(String.join(" ", sources.labeledCsv()));
        if (sources.corpus() != null) {
            s.append(s.length() == 0 ? "" : " + ").append("corpus ").append(sources.corpus());
        }
        return s.toString();
    }
}
