package whosaid.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

class QuoteSievesTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final QuoteSieves SIEVES = new QuoteSieves(TestModels.SPEAKERS);

    /** The attribution of the first quotation unit of the text. */
    private static Attribution quotation(String text) {
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        List<Attribution> attributions = SIEVES.attribute(units);
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == UnitKind.QUOTATION) {
                return attributions.get(i);
            }
        }
        throw new AssertionError("no quotation unit in: " + units);
    }

    @Test
    void anIntroducerNamingAVoiceGivesItTheQuotation() {
        assertThat(quotation("In March Lenin wrote: In the section of articles and notes on the events of the day, "
                + "he will be very useful.")).isEqualTo(new Attribution(Sieve.NAMED, "Lenin"));
        assertThat(quotation("On December 7 Lenin, little given to complaining, wrote to the Bureau: I am leaving "
                + "today for the country.")).isEqualTo(new Attribution(Sieve.NAMED, "Lenin"));
    }

    @Test
    void aTrailingFrameNamesTheSpeakerByAlias() {
        assertThat(quotation("The debate went on. “There is no party life without disagreements,” said Koba."))
                .isEqualTo(new Attribution(Sieve.NAMED, "Stalin"));
        assertThat(quotation("In tendering his resignation the General Secretary kept repeating: Ilyich suggested "
                + "that you find another man."))
                .isEqualTo(new Attribution(Sieve.NAMED, "Stalin"));
    }

    @Test
    void aTwoWordIntroducerWithoutMarksIsSplitOffAndNamesItsVoice() {
        List<Unit> units = SEGMENTER.segment(new Passage("p",
                "Lenin wrote: We must teach the masses not to trust the Compromisers."));
        assertThat(units).extracting(Unit::kind).containsExactly(UnitKind.INTRODUCER, UnitKind.QUOTATION);
        assertThat(units.get(0).text()).isEqualTo("Lenin wrote:");
        assertThat(SIEVES.attribute(units).get(1)).isEqualTo(new Attribution(Sieve.NAMED, "Lenin"));
    }

    @Test
    void aNameSpokenAboutIsNotTheSpeaker() {
        Attribution a = quotation("Here is what it says immediately after its characterization of Stalin and "
                + "Trotsky: This warning stands, however, in no relation with the remark about Trotsky.");
        assertThat(a).isNotEqualTo(new Attribution(Sieve.NAMED, "Stalin"));
        assertThat(a == null || a.sieve() != Sieve.NAMED).isTrue();
    }

    @Test
    void aFirstPersonIntroducerQuotesTheAuthor() {
        assertThat(quotation("As I wrote in those years: The proletariat will have to take the power."))
                .isEqualTo(new Attribution(Sieve.FIRST_PERSON, Attribution.AUTHOR));
    }

    @Test
    void aPronounStandsForTheNearestVoiceNamedBeforeItInTheParagraph() {
        assertThat(quotation("The Plenum sat without Lenin and without me. On December 13 he wrote me: I earnestly "
                + "urge you to take upon yourself the defense of our common view."))
                .isEqualTo(new Attribution(Sieve.PRONOUN, "Lenin"));
    }

    @Test
    void anApostropheInsideTheQuotationIsNotItsEnd() {
        assertThat(quotation("Stalin replied to him: “I don’t know what Trotsky said about the congress.”"))
                .isEqualTo(new Attribution(Sieve.NAMED, "Stalin"));
    }

    @Test
    void aPronounInTheQuotationsOwnFrameLooksBackToTheSentenceBefore() {
        assertThat(quotation("Lenin turned to the delegates. “Enough of this talk about the land,” he said."))
                .isEqualTo(new Attribution(Sieve.PRONOUN, "Lenin"));
    }

    @Test
    void aPronounWithNoVoiceBeforeItPasses() {
        assertThat(quotation("The old man was ill for weeks.\n\nOn December 13 he wrote me: I earnestly urge you to "
                + "take upon yourself the defense of our common view.")).isNull();
    }

    @Test
    void someoneWhoIsNoneOfTheVoicesIsTheNarrator() {
        assertThat(quotation("The right Bolshevik Nogin declared: There is a conspiracy of the Provisional Government "
                + "against the people.")).isEqualTo(new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER));
        assertThat(quotation("Kautsky replied: “The revolution is not made, it grows out of conditions.”"))
                .isEqualTo(new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER));
    }

    @Test
    void aQuotationRunningIntoTheNextSentenceKeepsItsAttribution() {
        List<Unit> units = SEGMENTER.segment(new Passage("p", "Stalin said: “We will live down petty disagreements. "
                + "There is no party life without them at all.” The conference moved on."));
        List<Attribution> a = SIEVES.attribute(units);
        long quoted = a.stream().filter(x -> x != null && x.equals(new Attribution(Sieve.NAMED, "Stalin"))).count();
        assertThat(quoted).isEqualTo(units.stream().filter(u -> u.kind() == UnitKind.QUOTATION).count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aQuotationWithNoIntroducerIsLeftToTheClassifier() {
        assertThat(quotation("The mood was tense. “We must teach the masses not to trust the Compromisers.”"))
                .isNull();
    }

    /** Text without a colon or any quotation mark has no quotation, so no sieve may fire on it. */
    @Property(tries = 200)
    void sievesNeverFireWithoutAnIntroducerOrQuotationMarks(
            @ForAll @Size(min = 1, max = 40) List<@StringLength(min = 1, max = 12) String> picks) {
        String[] pool = {"Lenin", "wrote", "Stalin", "said", "he", "I", "we", "declared", "Koba", "the", "party",
                "Nogin", "replied", "that", "letter", "words", "of", "Trotsky", ".", ",", "Ilyich", "speech"};
        StringBuilder text = new StringBuilder();
        for (String p : picks) {
            text.append(pool[Math.floorMod(p.hashCode(), pool.length)]).append(' ');
        }
        List<Unit> units = SEGMENTER.segment(new Passage("p", text.toString()));
        assertThat(SIEVES.attribute(units)).containsOnlyNulls();
    }
}
