package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import whosaid.TestModels;
import whosaid.text.Passage;

/** Whatever text comes in, the labeler gives every unit one of the model's labels with probabilities summing to 1. */
class LabelerPropertiesTest {
    private static Labeler labeler;

    @BeforeContainer
    static void tinyModel() {
        labeler = new Labeler(TestModels.tiny());
    }

    @Property(tries = 150)
    void everyUnitGetsAModelLabelAndAProbabilityDistribution(@ForAll("text") String text, @ForAll boolean context) {
        List<LabeledUnit> labeled = labeler.label(new Passage("p.txt", text), context);
        List<String> labels = labeler.model().labels();
        for (LabeledUnit u : labeled) {
            assertThat(labels).contains(u.label());
            assertThat(u.probabilities()).hasSize(labels.size());
            double sum = 0;
            for (double p : u.probabilities()) {
                assertThat(p).isBetween(0.0, 1.0);
                sum += p;
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(u.confidence()).isEqualTo(u.probabilities()[labels.indexOf(u.label())]);
        }
        assertThat(labeled).extracting(u -> u.unit().index()).isSorted();
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Lenin", "Stalin", "Trotsky", "Koba", "Ilyich", "said", "wrote", "the", "state",
                        "party", "I", "we", "1917", "revolution"),
                Arbitraries.of(" ", "  ", "\n", "\r\n", "\n\n", "\t", "\u00A0", ". ", ": ", ", ", "? ", "! "),
                Arbitraries.of("\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "(", ")"),
                Arbitraries.of("\u0001", "\u001B", "\u0301", "\uD83D\uDE00", "\uD83D", "\uFEFF", "\u200B"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2100).ofMaxLength(2500),
                Arbitraries.strings().all().ofMaxLength(6));
        return fragment.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }
}
