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
import whosaid.model.FeaturizedPassage;
import whosaid.model.LabeledPassage;
import whosaid.model.ModelMetadata;
import whosaid.model.Trainer;
import whosaid.model.WhosaidModel;

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
    public record Scored(List<Prediction> withContext, List<Prediction> withoutContext) {
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
        for (FeaturizedPassage p : data) {
            Integer fold = foldOfGroup.get(p.passage().group());
            if (fold == null) {
                continue;
            }
            Labeler labeler = new Labeler(models.get(fold));
            collect(p.passage(), labeler.label(p.featurized(), true), context);
            collect(p.passage(), labeler.label(p.featurized(), false), alone);
        }
        return new Scored(context, alone);
    }

    /**
     * Mixed passages: every unit's probabilities come from the model of its own work's fold (so from a model that
     * never saw the work), then the passage is decoded as a whole.
     */
    public Scored splicedPassages(List<Splicer.Spliced> spliced, Map<String, Integer> foldOfGroup,
                                  List<WhosaidModel> models) {
        List<Labeler> labelers = models.stream().map(Labeler::new).toList();
        List<Prediction> context = new ArrayList<>();
        List<Prediction> alone = new ArrayList<>();
        var featurizer = new whosaid.features.Featurizer(models.get(0).speakers(), models.get(0).families());
        for (Splicer.Spliced s : spliced) {
            Featurized featurized = featurizer.featurize(s.passage().units());
            double[][] emissions = new double[featurized.units().size()][];
            for (int i = 0; i < emissions.length; i++) {
                Labeler own = labelers.get(foldOfGroup.get(s.sourceGroups().get(i)));
                emissions[i] = own.emission(featurized.features().get(i));
            }
            // sieves and chain of the first unit's fold: its chain was fitted on inner folds' predictions only
            Labeler decoder = labelers.get(foldOfGroup.get(s.sourceGroups().get(0)));
            collect(s.passage(), decoder.decide(featurized.units(), emissions, true), context);
            collect(s.passage(), decoder.decide(featurized.units(), emissions, false), alone);
        }
        return new Scored(context, alone);
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
