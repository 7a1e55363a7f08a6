package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.label.Labeler;
import whosaid.label.LabeledUnit;
import whosaid.text.Passage;

class ModelRoundTripTest {
    private static final List<Passage> PASSAGES = List.of(
            new Passage("a", "The mood of the listeners was indeed tense in the highest degree. On the other side "
                    + "Lenin writes: Stalin, having become General Secretary, has concentrated an enormous power in "
                    + "his hands. In May he has the first stroke, and the apparatus grows stronger."),
            new Passage("b", "The state is a product of the irreconcilability of class antagonisms.\n\n"
                    + "He was born in 1879 in the village of Yanovka. “A nation is a historically constituted, stable "
                    + "community of people,” he said."));

    @TempDir
    Path dir;

    @Test
    void aSavedAndLoadedModelLabelsExactlyAsTheTrainedOne() throws IOException {
        WhosaidModel trained = TestModels.tiny();
        Path file = dir.resolve("tiny.model");
        ModelFile.save(trained, file);
        WhosaidModel loaded = ModelFile.load(file);

        assertThat(loaded.labels()).isEqualTo(trained.labels());
        assertThat(loaded.families()).isEqualTo(trained.families());
        assertThat(loaded.calibration()).isEqualTo(trained.calibration());
        assertThat(loaded.chain()).isEqualTo(trained.chain());
        assertThat(loaded.space().size()).isEqualTo(trained.space().size());
        assertThat(loaded.space().ids()).isEqualTo(trained.space().ids());
        assertThat(loaded.space().idf()).isEqualTo(trained.space().idf());
        assertThat(loaded.scorer()).usingRecursiveComparison().isEqualTo(trained.scorer());
        assertThat(loaded.speakers().all()).isEqualTo(trained.speakers().all());
        assertThat(loaded.metadata()).isEqualTo(trained.metadata());
        assertThat(trained.frame()).isNotNull();
        assertThat(loaded.frame()).usingRecursiveComparison().isEqualTo(trained.frame());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }

        Labeler before = new Labeler(trained);
        Labeler after = new Labeler(loaded);
        for (Passage passage : PASSAGES) {
            for (boolean context : new boolean[] {true, false}) {
                List<LabeledUnit> expected = before.label(passage, context);
                List<LabeledUnit> actual = after.label(passage, context);
                assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).unit()).isEqualTo(expected.get(i).unit());
                    assertThat(actual.get(i).label()).isEqualTo(expected.get(i).label());
                    assertThat(actual.get(i).probabilities()).containsExactly(expected.get(i).probabilities());
                    assertThat(actual.get(i).confidence()).isEqualTo(expected.get(i).confidence());
                    assertThat(actual.get(i).cue()).isEqualTo(expected.get(i).cue());
                    assertThat(actual.get(i).frame()).isEqualTo(expected.get(i).frame());
                }
            }
        }
    }

    @Test
    void labelsKeepCommasAndSpaces() throws IOException {
        WhosaidModel tiny = TestModels.tiny();
        WhosaidModel odd = new WhosaidModel(List.of("Lenin, V. I.", "Stalin", " Trotsky", "narrator = anyone"),
                tiny.families(), tiny.speakers(), tiny.space(), tiny.scorer(), tiny.calibration(), tiny.chain(),
                tiny.metadata(), "narrator = anyone");
        Path file = dir.resolve("odd.model");
        ModelFile.save(odd, file);
        assertThat(ModelFile.load(file).labels()).isEqualTo(odd.labels());
        assertThat(ModelFile.load(file).otherLabel()).isEqualTo("narrator = anyone");
    }

    @Test
    void savingTwiceReplacesTheFileWhole() throws IOException {
        WhosaidModel trained = TestModels.tiny();
        Path file = dir.resolve("tiny.model");
        Files.writeString(file, "an older file that is longer than nothing");
        ModelFile.save(trained, file);
        assertThat(ModelFile.load(file).labels()).isEqualTo(trained.labels());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
