package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.UnitKind;

class AnalyzerTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final Analyzer ANALYZER = new Analyzer(TestModels.SPEAKERS);

    private static List<AnalyzedUnit> analyze(String text) {
        return ANALYZER.analyze(SEGMENTER.segment(new Passage("p", text)));
    }

    @Test
    void aNamedSpeakerWithASpeechVerbIntroducesTheQuotation() {
        List<AnalyzedUnit> units = analyze("On the other side Lenin writes: Stalin, having become General Secretary, "
                + "has concentrated an enormous power in his hands.");
        assertThat(units).hasSize(2);
        AnalyzedUnit introducer = units.get(0);
        assertThat(introducer.unit().kind()).isEqualTo(UnitKind.INTRODUCER);
        assertThat(introducer.introducedSpeaker()).isEqualTo("Lenin");
        assertThat(introducer.cue().toString()).isEqualTo("intro:Lenin");
        AnalyzedUnit quotation = units.get(1);
        assertThat(quotation.introducedSpeaker()).isEmpty();
        assertThat(quotation.quotedSpeaker()).isEqualTo("Lenin");
        assertThat(quotation.cue().toString()).isEqualTo("sieve:named:Lenin;colon");
        assertThat(quotation.namedSpeakers()).containsExactly("Stalin");
    }

    @Test
    void aPronounIntroducerStandsForTheSpeakerNamedJustBefore() {
        List<AnalyzedUnit> units = analyze("Lenin fell ill again in December. On December 13 he wrote me: I earnestly "
                + "urge you to take upon yourself the defense of our common view.");
        assertThat(units).extracting(u -> u.unit().text()).containsExactly("Lenin fell ill again in December.",
                "On December 13 he wrote me:",
                "I earnestly urge you to take upon yourself the defense of our common view.");
        assertThat(units.get(1).introducedSpeaker()).isEqualTo("Lenin");
        assertThat(units.get(2).quotedSpeaker()).isEqualTo("Lenin");
    }

    @Test
    void anAliasNamesItsSpeaker() {
        List<AnalyzedUnit> units = analyze("In tendering his resignation, the General Secretary kept repeating: "
                + "Ilyich suggested that you find another who would differ from me only in greater politeness.");
        assertThat(units.get(0).introducedSpeaker()).isEqualTo("Stalin");
        assertThat(units.get(1).namedSpeakers()).containsExactly("Lenin");
    }

    @Test
    void someoneWhoIsNotAVoiceIsOther() {
        List<AnalyzedUnit> seed = analyze("The right Bolshevik Nogin declared: There is a conspiracy of the "
                + "Provisional Government against the people and the revolution.");
        assertThat(seed.get(0).introducedSpeaker()).isEqualTo("other");
        assertThat(seed.get(0).cue().toString()).isEqualTo("intro:other");
        assertThat(seed.get(1).quotedSpeaker()).isEqualTo("other");
        List<AnalyzedUnit> opening = analyze("Nogin then declared to the congress: There is a conspiracy of the "
                + "Provisional Government against the people.");
        assertThat(opening.get(0).introducedSpeaker()).isEqualTo("other");
    }

    @Test
    void anIntroducerWithoutASpeechVerbOrANameIntroducesNobody() {
        List<AnalyzedUnit> units = analyze("But the resolution was taken anyway: There is no party life without "
                + "disagreements.");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).introducedSpeaker()).isEmpty();
        assertThat(units.get(1).quotedSpeaker()).isEmpty();
        assertThat(units.get(1).cue().toString()).isEqualTo("colon");
        List<AnalyzedUnit> pronounOnly = analyze("This is the letter: There is no party life without disagreements.");
        assertThat(pronounOnly.get(0).introducedSpeaker()).isEmpty();
    }

    @Test
    void speakerNamesAreMaskedForStyleButKeptForWords() {
        AnalyzedUnit unit = analyze("Trotsky was born in 1879 in the village of Yanovka.").get(0);
        assertThat(unit.maskedText()).isEqualTo("§ was born in 1879 in the village of Yanovka.");
        assertThat(unit.maskedWords()).startsWith("§", "was").doesNotContain("trotsky");
        assertThat(unit.words()).startsWith("trotsky", "was");
        assertThat(unit.namedSpeakers()).containsExactly("Trotsky");
        AnalyzedUnit aliases = analyze("Vladimir Ilyich wrote to Koba and to Bronstein that week.").get(0);
        assertThat(aliases.maskedText()).isEqualTo("§ wrote to § and to § that week.");
        assertThat(aliases.namedSpeakers()).containsExactly("Lenin", "Stalin", "Trotsky");
    }

    @Test
    void aTwoWordSpeechFrameStandsAloneAndCarriesTheIntroCue() {
        List<AnalyzedUnit> units = analyze("The debate grew sharp. Lenin wrote: \u201cWe must teach the masses not to trust"
                + " the Compromisers.\u201d Nobody answered. \u201cThere is no party life without disagreements,\u201d said"
                + " Koba.");

        assertThat(units).extracting(u -> u.unit().kind() + "|" + u.unit().text() + "|" + u.cue()).containsExactly(
                "SENTENCE|The debate grew sharp.|",
                "INTRODUCER|Lenin wrote:|intro:Lenin",
                "QUOTATION|\u201cWe must teach the masses not to trust the Compromisers.\u201d|sieve:named:Lenin;quote",
                "SENTENCE|Nobody answered.|",
                "QUOTATION|\u201cThere is no party life without disagreements,\u201d|sieve:named:Stalin;quote",
                "TAIL|said Koba.|intro:Stalin");
    }

    @Test
    void theIntroCueLandsOnTheWordsThatNameTheSpeakerNotOnTheSentenceBefore() {
        List<AnalyzedUnit> after = analyze("The congress met in the spring. \u201cWe must seize power now, without"
                + " delay,\u201d Lenin declared.");
        assertThat(after).extracting(u -> u.unit().text() + "|" + u.cue()).containsExactly(
                "The congress met in the spring.|",
                "\u201cWe must seize power now, without delay,\u201d|sieve:named:Lenin;quote",
                "Lenin declared.|intro:Lenin");
        List<AnalyzedUnit> signature = analyze("Nobody answered the letter. \u201cThe revolution cannot wait for the"
                + " congress.\u201d So wrote Lenin.");
        assertThat(signature).extracting(u -> u.cue().toString())
                .containsExactly("", "sieve:named:Lenin;quote", "intro:Lenin");
    }

    @Test
    void aQuotationWithoutAFrameOrWithALongOneNamesNobody() {
        List<AnalyzedUnit> units = analyze("\u201cWe must teach the masses not to trust the Compromisers,\u201d the old"
                + " comrades of the Petrograd committee remembered Lenin saying in those weeks.");

        assertThat(units).allSatisfy(u -> assertThat(u.quotedSpeaker()).isEmpty());
    }
}
