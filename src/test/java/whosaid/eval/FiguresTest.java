package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private static final List<String> LABELS = List.of("A", "B");

    private static Prediction p(String gold, String predicted, double confidence, boolean certain) {
        return new Prediction("p", 0, gold, predicted, confidence, certain, "text");
    }

    @Test
    void uncertainGoldUnitsCanBeLeftOut() {
        List<Prediction> ps = List.of(p("A", "A", 0.9, true), p("B", "A", 0.8, false), p("B", "B", 0.7, true));
        assertThat(Figures.of(ps, LABELS, false).confusion().accuracy()).isEqualTo(2 / 3.0);
        Figures certain = Figures.of(ps, LABELS, true);
        assertThat(certain.confusion().total()).isEqualTo(2);
        assertThat(certain.confusion().accuracy()).isEqualTo(1.0);
        assertThat(certain.meanConfidence().mean()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void predictionsWithoutConfidenceCountButAreNotRanked() {
        Figures f = Figures.of(List.of(p("A", "A", Double.NaN, true), p("B", "A", Double.NaN, true)), LABELS, false);
        assertThat(f.confusion().total()).isEqualTo(2);
        assertThat(f.hasConfidence()).isFalse();
    }

    @Test
    void theMajorityBaselineBreaksTiesInLabelOrder() {
        assertThat(Baselines.majority(List.of("A", "B", "C"), java.util.Map.of("B", 3, "C", 3, "A", 1)))
                .isEqualTo("B");
        assertThat(Baselines.majority(List.of("A", "B"), java.util.Map.of())).isEqualTo("A");
    }

    @Test
    void mistakesComeMostConfidentFirstWithTheirNeighbours() {
        List<Prediction> ps = List.of(
                new Prediction("x", 0, "A", "A", 0.9, true, "one"),
                new Prediction("x", 1, "A", "B", 0.6, true, "two"),
                new Prediction("x", 2, "B", "A", 0.8, true, "three"),
                new Prediction("y", 0, "B", "A", 0.7, true, "four"));
        List<Mistake> mistakes = Mistake.mostConfident(ps, 2);
        assertThat(mistakes).extracting(m -> m.prediction().text()).containsExactly("three", "four");
        assertThat(mistakes.get(0).previous()).isEqualTo("two");
        assertThat(mistakes.get(0).next()).isEmpty(); // the next unit belongs to another passage
    }
}
