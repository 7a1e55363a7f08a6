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

    /** Each unit as kind|text|sieve:voice (or -), for fixtures that check a whole passage. */
    private static List<String> attributed(String text) {
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        List<Attribution> a = SIEVES.attribute(units);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            out.add(units.get(i).kind() + "|" + units.get(i).text() + "|" + (a.get(i) == null ? "-" : a.get(i)));
        }
        return out;
    }

    @Test
    void theSubjectOfTheSpeechVerbSpeaksNotTheOneItIsAbout() {
        assertThat(attributed("Trotsky wrote of Stalin: \"He is the most eminent mediocrity in our party.\""))
                .containsExactly("INTRODUCER|Trotsky wrote of Stalin:|-",
                        "QUOTATION|\"He is the most eminent mediocrity in our party.\"|sieve:named:Trotsky");
        // with no subject before the verb, "the words of Lenin" still names the speaker
        assertThat(quotation("He ended with the words of Lenin: “We must learn to work in a new way, comrades.”"))
                .isEqualTo(new Attribution(Sieve.NAMED, "Lenin"));
    }

    @Test
    void aBlockQuotationWithMarksAfterAnIntroducerEndingItsParagraphIsFollowed() {
        assertThat(attributed("The quarrel grew sharper over the winter. L. Trotsky wrote:\n\n\"In the interval "
                + "between the two congresses the apparatus grew stronger. Nobody could stop it then.\"\n\n"
                + "The discussion went on."))
                .containsExactly("SENTENCE|The quarrel grew sharper over the winter.|-",
                        "SENTENCE|L. Trotsky wrote:|-",
                        "QUOTATION|\"In the interval between the two congresses the apparatus grew stronger.|"
                                + "sieve:named:Trotsky",
                        "QUOTATION|Nobody could stop it then.\"|sieve:named:Trotsky",
                        "SENTENCE|The discussion went on.|-");
    }

    @Test
    void aSpeakerNamedAfterTheQuotationIsRead() {
        assertThat(attributed("The congress met. \"We must seize power now, without delay,\" Lenin declared."))
                .endsWith("QUOTATION|\"We must seize power now, without delay,\"|sieve:named:Lenin",
                        "TAIL|Lenin declared.|-");
        assertThat(attributed("The debate went on. \"The party is above every one of us,\" said Stalin."))
                .endsWith("QUOTATION|\"The party is above every one of us,\"|sieve:named:Stalin",
                        "TAIL|said Stalin.|-");
        assertThat(attributed("Nobody answered the letter. \"The revolution cannot wait for the congress.\" So "
                + "wrote Lenin."))
                .containsExactly("SENTENCE|Nobody answered the letter.|-",
                        "QUOTATION|\"The revolution cannot wait for the congress.\"|sieve:named:Lenin",
                        "SENTENCE|So wrote Lenin.|-");
    }

    @Test
    void anIntroducedPronounIsReportedAsThePronounSieve() {
        assertThat(attributed("Lenin spoke to the delegates at length. He added: \"We shall not retreat one single "
                + "step.\""))
                .endsWith("QUOTATION|\"We shall not retreat one single step.\"|sieve:pronoun:Lenin");
        assertThat(quotation("Lenin spoke to the delegates, and he added: “We shall not retreat one single step.”"))
                .isEqualTo(new Attribution(Sieve.PRONOUN, "Lenin"));
    }

    @Test
    void singleCurlyQuotationMarksAreQuotationMarks() {
        assertThat(attributed("Stalin replied: ‘The workers’ party will not wait for the congress, and it won’t "
                + "retreat.’ The hall was silent."))
                .containsExactly("INTRODUCER|Stalin replied:|-",
                        "QUOTATION|‘The workers’ party will not wait for the congress, and it won’t retreat.’|"
                                + "sieve:named:Stalin",
                        "SENTENCE|The hall was silent.|-");
    }

    @Test
    void aQuotationRunningOverSeveralParagraphsIsFollowedToItsClosingMark() {
        assertThat(attributed("Lenin wrote to the committee:\n\n\"The situation is critical in the extreme. Delay "
                + "is death.\n\n\"We must not wait for the congress.\n\n\"History will not forgive us if we wait "
                + "now.\"\n\n\"The committee did not answer,\" he said later."))
                .containsExactly("SENTENCE|Lenin wrote to the committee:|-",
                        "QUOTATION|\"The situation is critical in the extreme.|sieve:named:Lenin",
                        "QUOTATION|Delay is death.|sieve:named:Lenin",
                        "QUOTATION|\"We must not wait for the congress.|sieve:named:Lenin",
                        "QUOTATION|\"History will not forgive us if we wait now.\"|sieve:named:Lenin",
                        // closed in the paragraph before: a new quotation, not a continuation
                        "QUOTATION|\"The committee did not answer,\"|-", "TAIL|he said later.|-");
    }

    @Test
    void aBracketedCitationAfterTheQuotationNamesItsAuthor() {
        assertThat(attributed("Such is the law of things.\n\n\"Development is the 'struggle' of opposites.\" (Lenin, "
                + "Vol. XIII, p. 301.)"))
                .contains("QUOTATION|\"Development is the 'struggle' of opposites.\"|sieve:citation:Lenin");
        // a reference that only mentions a voice in a title is no citation of that voice
        assertThat(quotation("Such is the law of things. \"Development is the struggle of opposites, always.\" "
                + "(Letters to Lenin, p. 3.)")).isNull();
    }

    @Test
    void someoneElseNamedRightBeforeTheSpeechWordSpeaksNotTheVoiceNamedEarlier() {
        assertThat(quotation("A Lenin biographer, Robert Service, states he \"laid the foundations of dictatorship "
                + "and lawlessness.\"")).isEqualTo(new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER));
        assertThat(quotation("According to Stalin biographer Dmitri Volkogonov, it was \"the first mass terror "
                + "applied in his own country\".")).isEqualTo(new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER));
        // a relative clause makes the name before it the subject, even after a preposition
        assertThat(quotation("It is amusing to hear this from Trotsky, who declares in his preface that \"the chief "
                + "instrument of the revolution is the Party.\"")).isEqualTo(new Attribution(Sieve.NAMED, "Trotsky"));
    }

    @Test
    void aQuotationResumedAfterWordsThatNameNobodyKeepsItsSpeaker() {
        assertThat(attributed("Lenin said in 1921 that the man was \"in love with organisation,\" but in working "
                + "politics, \"he has not got a clue.\""))
                .endsWith("QUOTATION|\"he has not got a clue.\"|sieve:named:Lenin");
    }

    @Test
    void aColonIntroducerEndingInAShortQuotationStillIntroducesTheBlockAfterIt() {
        assertThat(attributed("In a letter in late 1920, Lenin explained his reading of the term \"dictatorship of "
                + "the proletariat\":\n\nDictatorship means nothing more nor less than authority untrammelled by "
                + "any laws."))
                .endsWith("SENTENCE|Dictatorship means nothing more nor less than authority untrammelled by any laws.|"
                        + "sieve:named:Lenin");
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
