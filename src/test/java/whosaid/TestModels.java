package whosaid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import whosaid.model.ModelMetadata;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Speakers;
import whosaid.text.Unit;
import whosaid.train.FeaturizedPassage;
import whosaid.train.LabeledPassage;
import whosaid.train.Trainer;
import whosaid.train.TrainingOptions;

/**
 * Tiny models trained in a second from inline sentences, for tests that need a real model but not a good one
 * (in the manner of OpenNLP's tests, which train a categorizer on six samples).
 */
public final class TestModels {
    public static final Speakers SPEAKERS = new Speakers(List.of(
            new Speakers.Speaker("Lenin", List.of("Ilyich", "Vladimir Ilyich")),
            new Speakers.Speaker("Stalin", List.of("Koba", "the General Secretary")),
            new Speakers.Speaker("Trotsky", List.of("Bronstein"))));

    private static final Map<String, String> SAMPLES = Map.of(
            "Lenin", "The state is a product of the irreconcilability of class antagonisms. "
                    + "Imperialism is capitalism at that stage of development at which the dominance of monopolies "
                    + "and finance capital is established. The proletariat needs the state only temporarily. "
                    + "The petty-bourgeois democrats are incapable of understanding this.",
            "Stalin", "Dialectics holds that nature is not an accidental agglomeration of things. "
                    + "A nation is a historically constituted, stable community of people. "
                    + "Hence the national question must be considered in connection with the development of "
                    + "capitalism. It follows that the party must not lag behind the movement.",
            "Trotsky", "I remember the winter evenings in the prison cell, when I read and wrote for hours. "
                    + "My union with Lenin had been predetermined by the logic of ideas and events. "
                    + "I was supported by Kamenev who had come an hour late. "
                    + "In May he has the first stroke, and the apparatus grows stronger.",
            "narrator", "He was born in 1879 in the village of Yanovka in the Kherson Governorate. "
                    + "The article was published in the encyclopedia in 2004. "
                    + "The congress was held in London in August and attended by forty delegates. "
                    + "The city was renamed in 1961 after the party congress.");

    private TestModels() {
    }

    /** Options for a model trained on a few sentences: every feature counts, no calibration folds. */
    public static TrainingOptions tinyOptions() {
        return TrainingOptions.defaults().withMinCount(1).withCalibrationFolds(0).withThreads(1);
    }

    /** One short "work" per label, weakly labeled by its voice. */
    public static List<LabeledPassage> tinyCorpus() {
        Segmenter segmenter = new Segmenter();
        List<LabeledPassage> passages = new ArrayList<>();
        SAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Unit> units = segmenter.segment(new Passage(e.getKey() + "/work.txt", e.getValue()));
            passages.add(new LabeledPassage(e.getKey() + "/work.txt", e.getKey() + "/work.txt", units,
                    Collections.nCopies(units.size(), e.getKey()), Collections.nCopies(units.size(), true), false));
        });
        return passages;
    }

    public static WhosaidModel tiny() {
        return train(tinyOptions());
    }

    public static WhosaidModel train(TrainingOptions options) {
        return train(options, whosaid.io.Fallback.warn(System.err));
    }

    /** @param fallback told of what training leaves out (calibration folds without some label) */
    public static WhosaidModel train(TrainingOptions options, whosaid.io.Fallback fallback) {
        List<LabeledPassage> corpus = tinyCorpus();
        Trainer trainer = new Trainer(List.of("Lenin", "Stalin", "Trotsky", "narrator"), SPEAKERS, options, fallback);
        List<FeaturizedPassage> featurized = trainer.featurize(corpus);
        return trainer.train(featurized, new ModelMetadata("test", "test", List.of(), Map.of(), Map.of(),
                Map.of()));
    }
}
