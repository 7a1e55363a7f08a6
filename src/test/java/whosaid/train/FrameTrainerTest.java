package whosaid.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.Argmax;
import whosaid.TestModels;
import whosaid.features.PooledFeatures;
import whosaid.model.FrameClassifier;
import whosaid.model.WhosaidModel;

class FrameTrainerTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");

    @Test
    void eachWriterOfAnyoneElseIsAClassOfItsOwnMappedBackToTheVoice() {
        FrameTrainer trainer = new FrameTrainer(LABELS, "narrator");
        assertThat(trainer.classOf("narrator", "narrator/wikipedia-cheka.txt")).isEqualTo("narrator/wikipedia");
        assertThat(trainer.classOf("narrator", "narrator/1899_berenstein.txt")).isEqualTo("narrator/berenstein");
        assertThat(trainer.classOf("narrator", "narrator/plekhanov-1907-x.txt")).isEqualTo("narrator/plekhanov");
        assertThat(trainer.classOf("Lenin", "Lenin/1917_the_state.txt")).isEqualTo("Lenin");
        assertThat(new FrameTrainer(LABELS, null).classOf("narrator", "narrator/wikipedia-cheka.txt"))
                .isEqualTo("narrator");
    }

    @Test
    void theFrameClassifierGivesEachTrainingWorkPooledWholeToItsVoice() {
        WhosaidModel model = TestModels.tiny();
        FrameClassifier frame = model.frame().classifier();
        assertThat(frame.classes()).containsExactly("Lenin", "Stalin", "Trotsky", "narrator/work");
        Trainer trainer = new Trainer(LABELS, TestModels.SPEAKERS, TestModels.tinyOptions());
        for (FeaturizedPassage p : trainer.featurize(TestModels.tinyCorpus())) {
            PooledFeatures pool = new PooledFeatures(model.space());
            for (int i = 0; i < p.passage().units().size(); i++) {
                pool.add(p.featurized().features().get(i), 1);
            }
            double[] voices = frame.voices(pool.take(), LABELS.size());
            assertThat(LABELS.get(Argmax.of(voices))).isEqualTo(p.passage().labels().get(0));
        }
    }

    @Test
    void aWorkCountsByItsSizeUpToACap() {
        WhosaidModel model = TestModels.tiny();
        FrameTrainer trainer = new FrameTrainer(LABELS, "narrator");
        Trainer units = new Trainer(LABELS, TestModels.SPEAKERS, TestModels.tinyOptions());
        List<FeaturizedPassage> data = units.featurize(TestModels.tinyCorpus());
        // each tiny work is shorter than a chunk: one document each, its whole text
        assertThat(trainer.documents(data, model.space())).hasSize(4)
                .extracting(FrameTrainer.Document::voice).containsExactly(0, 1, 2, 3);
    }
}
