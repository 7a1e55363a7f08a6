package whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import whosaid.Parallel;
import whosaid.features.Featurizer.Featurized;
import whosaid.label.LabeledUnit;
import whosaid.label.Labeler;
import whosaid.model.ModelMetadata;
import whosaid.model.WhosaidModel;
import whosaid.train.FeaturizedPassage;
import whosaid.train.LabeledPassage;
import whosaid.train.Trainer;

/**
 * Grouped cross-validation: one model per fold, trained without that fold's groups and tested only on them, so a
 * work or passage is never on both sides. Passages whose group has no fold are always trained on, never tested.
 */
public final class CrossValidation {
    private final Trainer trainer;
    private final int threads;
    private final IntConsumer trained;

    public CrossValidation(Trainer trainer, int threads) {
        this(trainer, threads, fold -> { });
    }

    /** @param trained told the index of each fold whose model is trained, as soon as it is (long runs show progress) */
    public CrossValidation(Trainer trainer, int threads, IntConsumer trained) {
        this.trainer = trainer;
        this.threads = threads;
        this.trained = trained;
    }

    /** Predictions of one system on one test design, with and without sequence decoding. */
    public record Scored(List<Prediction> withContext, List<Prediction> withoutContext, Map<String, String> frames) {
        public Scored(List<Prediction> withContext, List<Prediction> withoutContext) {
            this(withContext, withoutContext, Map.of());
        }

        /** The same, only the predictions of passages {@code keep} accepts. */
        public Scored only(java.util.function.Predicate<String> keep) {
            return new Scored(withContext.stream().filter(p -> keep.test(p.passage())).toList(),
                    withoutContext.stream().filter(p -> keep.test(p.passage())).toList(), frames);
        }
    }

    /** The model of each fold, index by index; folds are trained in parallel. */
    public List<WhosaidModel> trainFolds(List<FeaturizedPassage> data, Map<String, Integer> foldOfGroup) {
        int folds = new TreeSet<>(foldOfGroup.values()).size();
        return Parallel.inPool(threads, () -> java.util.stream.IntStream.range(0, folds).parallel().mapToObj(f -> {
            List<FeaturizedPassage> train = data.stream()
                    .filter(p -> !Integer.valueOf(f).equals(foldOfGroup.get(p.passage().group()))).toList();
            WhosaidModel model = trainer.train(train,
                    new ModelMetadata("", "", List.of(), Map.of(), Map.of(), Map.of()));
            trained.accept(f);
            return model;
        }).toList());
    }

    /** Each tested passage labeled whole by the model that never saw it. */
    public Scored wholePassages(List<FeaturizedPassage> data, Map<String, Integer> foldOfGroup,
                                List<WhosaidModel> models) {
        List<Prediction> context = new ArrayList<>();
        List<Prediction> alone = new ArrayList<>();
        Map<String, String> frames = new java.util.TreeMap<>();
        for (FeaturizedPassage p : data) {
            Integer fold = foldOfGroup.get(p.passage().group());
            if (fold == null) {
                continue;
            }
            Labeler labeler = new Labeler(models.get(fold));
            List<LabeledUnit> labeled = labeler.label(p.featurized(), true);
            collect(p.passage(), labeled, context);
            collect(p.passage(), labeler.label(p.featurized(), false), alone);
            labeled.stream().filter(u -> u.frame().known()).findFirst()
                    .ifPresent(u -> frames.put(p.passage().id(), u.frame().voice()));
        }
        return new Scored(context, alone, frames);
    }

    /**
     * Mixed passages, each spliced from works of one fold and labeled whole by that fold's model, which saw none of
     * its sources.
     */
    public Scored splicedPassages(List<Splicer.Spliced> spliced, Map<String, Integer> foldOfGroup,
                                  List<WhosaidModel> models) {
        List<Labeler> labelers = models.stream().map(Labeler::new).toList();
        List<Prediction> context = new ArrayList<>();
        List<Prediction> alone = new ArrayList<>();
        var featurizer = new whosaid.features.Featurizer(models.get(0).speakers(), models.get(0).families());
        for (Splicer.Spliced s : spliced) {
            int fold = foldOfGroup.get(s.sourceGroups().get(0));
            if (s.sourceGroups().stream().anyMatch(g -> foldOfGroup.get(g) != fold)) {
                throw new IllegalArgumentException(s.passage().id() + " is spliced from works of several folds");
            }
            Featurized featurized = featurizer.featurize(s.passage().units());
            collect(s.passage(), labelers.get(fold).label(featurized, true), context);
            collect(s.passage(), labelers.get(fold).label(featurized, false), alone);
        }
        return new Scored(context, alone);
    }

    /**
     * Composed pages, each from the works of one fold, labeled whole by that fold's model; each gold span takes the
     * label of the unit covering most of it.
     */
    Scored composedPages(List<Composer.Composed> pages, Map<String, Integer> foldOfGroup, List<WhosaidModel> models) {
        List<Prediction> context = new ArrayList<>();
        List<Prediction> alone = new ArrayList<>();
        for (Composer.Composed page : pages) {
            Labeler labeler = new Labeler(models.get(foldOfGroup.get(page.frameGroup())));
            collectSpans(page, labeler.label(page.passage(), true), context);
            collectSpans(page, labeler.label(page.passage(), false), alone);
        }
        return new Scored(context, alone);
    }

    private static void collectSpans(Composer.Composed page, List<LabeledUnit> labeled, List<Prediction> out) {
        List<Composer.GoldSpan> gold = page.gold();
        int[] cover = whosaid.text.SpanOverlap.bestCover(gold, Composer.GoldSpan::start, Composer.GoldSpan::end,
                labeled, u -> u.unit().start(), u -> u.unit().end());
        String text = page.passage().text();
        for (int g = 0; g < gold.size(); g++) {
            LabeledUnit u = labeled.get(cover[g]);
            Composer.GoldSpan span = gold.get(g);
            out.add(new Prediction(page.passage().id(), g, span.label(), u.label(), u.confidence(), true,
                    text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()))));
        }
    }

    private static void collect(LabeledPassage passage, List<LabeledUnit> labeled, List<Prediction> out) {
        for (int i = 0; i < labeled.size(); i++) {
            String gold = passage.labels().get(i);
            if (gold != null) {
                LabeledUnit u = labeled.get(i);
                out.add(new Prediction(passage.id(), u.unit().index(), gold, u.label(), u.confidence(),
                        passage.certain().get(i), u.unit().text()));
            }
        }
    }
}
