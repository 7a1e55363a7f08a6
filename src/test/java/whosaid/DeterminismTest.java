package whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.decode.Calibration;
import whosaid.label.BatchLabeling;
import whosaid.label.LabelWriter;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;
import whosaid.model.ModelMetadata;
import whosaid.model.WhosaidModel;
import whosaid.train.LabeledPassage;
import whosaid.train.Trainer;
import whosaid.train.TrainingOptions;

/** The same input and model give the same bytes, whatever the thread count; the same data and seed, the same model. */
class DeterminismTest {
    private static final List<String> PASSAGES = List.of(
            "Lenin writes: \u201CThe state is a product of the irreconcilability of class antagonisms.\u201D "
                    + "He was born in 1879 in the village of Yanovka.",
            "I remember the winter evenings in the prison cell.\n\nThe congress was held in London in August.",
            "Stalin replied: A nation is a historically constituted, stable community of people. "
                    + "The city was renamed in 1961.",
            "\u201CDialectics holds that nature is not an accidental agglomeration of things,\u201D he said, "
                    + "\u201Cand the party must not lag behind.\u201D",
            "",
            "My union with Lenin had been predetermined by the logic of ideas and events. \uD83D\uDE00 Then what?",
            "The proletariat needs the state only temporarily.\r\nIn May he has the first stroke.\r\n");

    @TempDir
    Path dir;

    @Test
    void sameDataAndSeedGiveAByteIdenticalModelFile() throws IOException {
        assertSameBytes(TestModels.tinyOptions());
    }

    @Test
    void calibrationFoldsDrawnFromTheSeedAreRepeatableToo() throws IOException {
        assertSameBytes(TestModels.tinyOptions().withCalibrationFolds(2).withThreads(2).withSeed(7));
    }

    private void assertSameBytes(TrainingOptions options) throws IOException {
        Path first = dir.resolve("first.model");
        Path second = dir.resolve("second.model");
        ModelFile.save(trainOnSeveralWorksPerLabel(options), first);
        ModelFile.save(trainOnSeveralWorksPerLabel(options), second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    /** The tiny corpus as several works per label, so that the calibration folds see every label. */
    private static WhosaidModel trainOnSeveralWorksPerLabel(TrainingOptions options) {
        List<LabeledPassage> corpus = new ArrayList<>();
        for (LabeledPassage p : TestModels.tinyCorpus()) {
            for (int copy = 0; copy < 4; copy++) {
                corpus.add(new LabeledPassage(p.id() + "#" + copy, p.group() + "#" + copy, p.units(), p.labels(),
                        p.certain(), false));
            }
        }
        Trainer trainer = new Trainer(List.of("Lenin", "Stalin", "Trotsky", "narrator"), TestModels.SPEAKERS, options);
        WhosaidModel model = trainer.train(trainer.featurize(corpus),
                new ModelMetadata("test", "test", List.of(), Map.of("b", 1, "a", 2), Map.of("seed", "7"), Map.of()));
        if (options.calibrationFolds() >= 2) {
            assertThat(model.calibration()).isNotEqualTo(Calibration.NONE);
        }
        return model;
    }

    @Test
    void labelingIsByteIdenticalAtAnyThreadCount() throws IOException {
        List<String> sources = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < PASSAGES.size(); i++) {
                Path file = dir.resolve("p" + round + "-" + i + ".txt");
                Files.writeString(file, PASSAGES.get(i));
                sources.add(file.toString());
            }
        }
        Labeler labeler = new Labeler(TestModels.tiny());
        for (String format : List.of("csv", "jsonl")) {
            for (boolean context : List.of(true, false)) {
                String one = label(labeler, sources, format, context, 1);
                assertThat(one.lines()).hasSizeGreaterThan(PASSAGES.size());
                assertThat(label(labeler, sources, format, context, 4)).isEqualTo(one);
                assertThat(label(labeler, sources, format, context, 3)).isEqualTo(one);
            }
        }
    }

    private static String label(Labeler labeler, List<String> sources, String format, boolean context, int threads)
            throws IOException {
        StringBuilder out = new StringBuilder();
        BatchLabeling batch = new BatchLabeling(labeler, context, StandardCharsets.UTF_8, BatchLabeling.OnError.FAIL,
                threads, System.err);
        WhosaidModel model = labeler.model();
        try (LabelWriter writer = LabelWriter.of(format, out, model.labels())) {
            batch.run(sources, new ByteArrayInputStream(new byte[0]), writer);
        }
        return out.toString();
    }
}
