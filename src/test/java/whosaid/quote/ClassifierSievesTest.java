package whosaid.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

class ClassifierSievesTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");
    private static final ClassifierSieves SIEVES = new ClassifierSieves(LABELS, "narrator");

    private static Unit unit(int index, UnitKind kind, int paragraph, String segmentCue) {
        return new Unit("p", index, index * 10, index * 10 + 5, "text", kind, paragraph, segmentCue);
    }

    @Test
    void aNamedVoiceTakesTheQuotationAndTheRestIsSharedAsBefore() {
        List<Unit> units = List.of(unit(0, UnitKind.INTRODUCER, 0, ""), unit(1, UnitKind.QUOTATION, 0, "quote"));
        List<Cue> cues = List.of(new Cue("Lenin", null, ""),
                new Cue("", new Attribution(Sieve.NAMED, "Lenin"), "quote"));
        double[][] emissions = {{0.1, 0.1, 0.7, 0.1}, {0.1, 0.2, 0.5, 0.2}};
        ClassifierSieves.Sieved s = SIEVES.apply(units, cues, emissions);
        assertThat(s.emissions()[1][0]).isCloseTo(ClassifierSieves.SIEVE_PROBABILITY, within(1e-12));
        assertThat(s.emissions()[1][2] / s.emissions()[1][1]).isCloseTo(2.5, within(1e-9));
        assertThat(s.emissions()[0]).isSameAs(emissions[0]);
        assertThat(emissions[1][0]).isEqualTo(0.1); // the input is not modified
    }

    @Test
    void someoneElseIsTheNarratorAndTheAuthorIsWhomTheClassifierHearsAround() {
        List<Unit> units = List.of(unit(0, UnitKind.INTRODUCER, 0, ""), unit(1, UnitKind.QUOTATION, 0, "colon"),
                unit(2, UnitKind.INTRODUCER, 1, ""), unit(3, UnitKind.QUOTATION, 1, "colon"));
        List<Cue> cues = List.of(Cue.NONE, new Cue("", new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER), "colon"),
                Cue.NONE, new Cue("", new Attribution(Sieve.FIRST_PERSON, Attribution.AUTHOR), "colon"));
        double[][] emissions = {{0.1, 0.1, 0.7, 0.1}, {0.7, 0.1, 0.1, 0.1}, {0.1, 0.6, 0.2, 0.1},
                {0.7, 0.1, 0.1, 0.1}};
        ClassifierSieves.Sieved s = SIEVES.apply(units, cues, emissions);
        assertThat(argmax(s.emissions()[1])).isEqualTo(3);
        assertThat(argmax(s.emissions()[3])).isEqualTo(1);
    }

    @Test
    void aColonQuotationContinuesWhileTheQuotedVoiceIsHeardAtLeastAsMuchAsTheAuthor() {
        List<Unit> units = new ArrayList<>(List.of(unit(0, UnitKind.INTRODUCER, 0, ""),
                unit(1, UnitKind.QUOTATION, 0, "colon"), unit(2, UnitKind.SENTENCE, 0, ""),
                unit(3, UnitKind.SENTENCE, 0, ""), unit(4, UnitKind.SENTENCE, 0, "")));
        List<Cue> cues = List.of(Cue.NONE, new Cue("", new Attribution(Sieve.NAMED, "Stalin"), "colon"), Cue.NONE,
                Cue.NONE, Cue.NONE);
        double[][] emissions = {{0.1, 0.1, 0.7, 0.1}, {0.2, 0.2, 0.5, 0.1}, {0.1, 0.45, 0.4, 0.05},
                {0.1, 0.2, 0.6, 0.1}, {0.1, 0.7, 0.1, 0.1}};
        ClassifierSieves.Sieved s = SIEVES.apply(units, cues, emissions);
        assertThat(s.cues().get(2).attribution()).isEqualTo(new Attribution(Sieve.CONTINUATION, "Stalin"));
        assertThat(argmax(s.emissions()[2])).isEqualTo(1);
        // the author's voice returns at unit 3: the quotation ends there, and unit 4 is not taken by rule
        assertThat(s.cues().get(3).attribution()).isNull();
        assertThat(s.cues().get(4).attribution()).isNull();
    }

    @Test
    void anUnattributedQuotationIsAnyoneElsesUnlessTheClassifierIsSure() {
        List<Unit> units = List.of(unit(0, UnitKind.SENTENCE, 0, ""), unit(1, UnitKind.QUOTATION, 0, "quote"),
                unit(2, UnitKind.SENTENCE, 1, ""), unit(3, UnitKind.QUOTATION, 1, "quote"));
        List<Cue> cues = List.of(Cue.NONE, new Cue("", null, "quote"), Cue.NONE, new Cue("", null, "quote"));
        double[][] emissions = {{0.1, 0.1, 0.7, 0.1}, {0.3, 0.1, 0.5, 0.1}, {0.1, 0.1, 0.7, 0.1},
                {0.05, 0.05, 0.85, 0.05}};
        ClassifierSieves.Sieved s = SIEVES.apply(units, cues, emissions);
        assertThat(s.emissions()[1][2]).isZero();
        assertThat(s.emissions()[1][3]).isCloseTo(ClassifierSieves.UNATTRIBUTED_PROBABILITY, within(1e-12));
        assertThat(s.cues().get(1).attribution()).isEqualTo(new Attribution(Sieve.UNATTRIBUTED, "narrator"));
        assertThat(s.emissions()[3]).isSameAs(emissions[3]);
        assertThat(s.cues().get(3).attribution()).isNull();
    }

    @Test
    void whenTheAuthorIsTheNarratorAnUnattributedQuotationStaysAnyoneElses() {
        List<Unit> units = List.of(unit(0, UnitKind.SENTENCE, 0, ""), unit(1, UnitKind.QUOTATION, 0, "quote"));
        List<Cue> cues = List.of(Cue.NONE, new Cue("", null, "quote"));
        double[][] emissions = {{0.1, 0.1, 0.1, 0.7}, {0.3, 0.2, 0.1, 0.4}};
        ClassifierSieves.Sieved s = SIEVES.apply(units, cues, emissions);
        assertThat(s.cues().get(1).attribution()).isEqualTo(new Attribution(Sieve.UNATTRIBUTED, "narrator"));
        assertThat(s.emissions()[1][3]).isCloseTo(ClassifierSieves.UNATTRIBUTED_PROBABILITY, within(1e-12));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
