package whosaid.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.features.Featurizer;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

class TrainingWeightsTest {
    private static FeaturizedPassage passage(String group, String label, int units, boolean hand) {
        List<Unit> us = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            us.add(new Unit(group, i, i * 10, i * 10 + 5, "unit", UnitKind.SENTENCE, 0, ""));
        }
        List<String> labels = new ArrayList<>(Collections.nCopies(units, label));
        if (units > 2 && !hand) {
            labels.set(0, null); // a quotation left out of the weak labels
        }
        return new FeaturizedPassage(new LabeledPassage(group, group, us, labels,
                Collections.nCopies(units, true), hand), new Featurizer.Featurized(List.of(), List.of()));
    }

    @Test
    void everyWorkWeighsTheSameWithinItsVoiceAndEveryVoiceTheSame() {
        List<FeaturizedPassage> data = List.of(passage("A/long", "A", 101, false), passage("A/short", "A", 11, false),
                passage("B/only", "B", 41, false));
        double[] w = TrainingWeights.of(data, List.of("A", "B"), 3);
        assertThat(w).hasSize(100 + 10 + 40);
        double longWork = 0;
        double shortWork = 0;
        double voiceB = 0;
        for (int i = 0; i < w.length; i++) {
            if (i < 100) {
                longWork += w[i];
            } else if (i < 110) {
                shortWork += w[i];
            } else {
                voiceB += w[i];
            }
        }
        assertThat(longWork).isCloseTo(shortWork, within(1e-9));
        assertThat(longWork + shortWork).isCloseTo(voiceB, within(1e-9));
        assertThat(longWork + shortWork + voiceB).isCloseTo(150, within(1e-9)); // a weak unit counts 1 on average
    }

    @Test
    void aHandLabeledUnitCountsItsGivenWeight() {
        List<FeaturizedPassage> data = List.of(passage("A/work", "A", 10, false), passage("seed", "B", 4, true));
        double[] w = TrainingWeights.of(data, List.of("A", "B"), 3);
        assertThat(w).hasSize(9 + 4);
        assertThat(java.util.Arrays.copyOfRange(w, 9, 13)).containsOnly(3.0);
    }
}
