package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;

class TrainerTransitionsTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");

    private static WhosaidModel trainWithHandLabels(String... labels) {
        List<Unit> units = new Segmenter().segment(new Passage("p.txt",
                "One sentence here. Another sentence there. A third one follows. A fourth comes next. The fifth ends."));
        assertThat(units).hasSize(labels.length);
        List<LabeledPassage> data = new ArrayList<>(TestModels.tinyCorpus());
        data.add(new LabeledPassage("p.txt", "p.txt", units, Arrays.asList(labels),
                Collections.nCopies(units.size(), true), true));
        Trainer trainer = new Trainer(LABELS, TestModels.SPEAKERS, TestModels.tinyOptions());
        return trainer.train(trainer.featurize(data), new ModelMetadata("t", "t", List.of(), Map.of(), Map.of(),
                Map.of()));
    }

    @Test
    void neighbouringAnnotatedUnitsTeachHowLongAVoiceRuns() {
        WhosaidModel model = trainWithHandLabels("Lenin", "Lenin", "Lenin", "Lenin", "Stalin");

        // Lenin stayed three times and left once: (3 + 1) / (4 + 2) with add-one smoothing
        assertThat(model.transitions().next()[0][0]).isCloseTo(4.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anUnannotatedUnitBreaksTheChainInsteadOfJoiningItsNeighbours() {
        WhosaidModel model = trainWithHandLabels("Lenin", null, "Stalin", null, "Lenin");

        // no two annotated units are neighbours: nothing is learned beyond the smoothing
        for (int a = 0; a < LABELS.size(); a++) {
            assertThat(model.transitions().next()[a][a]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
