package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    /** Units as "KIND|text", the shape most assertions compare. */
    private static List<String> units(String text) {
        return SEGMENTER.segment(new Passage("p", text)).stream().map(u -> u.kind() + "|" + u.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            curly double  # Lenin answered the delegates: “We must seize power now, comrades.” Nobody answered.  # “We must seize power now, comrades.”
            straight      # Lenin answered the delegates: "We must seize power now, comrades." Nobody answered.  # "We must seize power now, comrades."
            guillemets    # Lenin answered the delegates: «We must seize power now, comrades.» Nobody answered.  # «We must seize power now, comrades.»
            reversed      # Lenin answered the delegates: »We must seize power now, comrades.« Nobody answered.  # »We must seize power now, comrades.«
            low-high      # Lenin answered the delegates: „We must seize power now, comrades.“ Nobody answered.  # „We must seize power now, comrades.“
            low-high-right# Lenin answered the delegates: „We must seize power now, comrades.” Nobody answered.  # „We must seize power now, comrades.”
            curly single  # Lenin answered the delegates: ‘We must seize power now, comrades.’ Nobody answered.  # ‘We must seize power now, comrades.’
            single angle  # Lenin answered the delegates: ‹We must seize power now, comrades.› Nobody answered.  # ‹We must seize power now, comrades.›
            """)
    void quotationMarksOfEveryCommonStyleSplitOffTheQuotation(String style, String text, String quotation) {
        assertThat(units(text)).containsExactly("INTRODUCER|Lenin answered the delegates:", "QUOTATION|" + quotation,
                "SENTENCE|Nobody answered.");
    }

    @Test
    void apostrophesInsideWordsDoNotCloseASingleQuotedQuotation() {
        assertThat(units("Lenin answered the delegates: ‘We don’t wait, and we won’t wait any longer.’ Silence."))
                .containsExactly("INTRODUCER|Lenin answered the delegates:",
                        "QUOTATION|‘We don’t wait, and we won’t wait any longer.’", "SENTENCE|Silence.");
        assertThat(units("The delegates don’t know it, but Lenin won’t wait any longer."))
                .containsExactly("SENTENCE|The delegates don’t know it, but Lenin won’t wait any longer.");
    }

    @Test
    void aClosingGuillemetBeforeABlankOpensNothing() {
        assertThat(units("The vote » was taken by the delegates of the congress."))
                .containsExactly("SENTENCE|The vote » was taken by the delegates of the congress.");
    }

    @Test
    void aStraightQuoteInsideAWordOpensNothing() {
        assertThat(units("The gun was a 12\" model, and it fired all day long."))
                .containsExactly("SENTENCE|The gun was a 12\" model, and it fired all day long.");
    }

    @Test
    void shortScareQuotesStayInTheirSentence() {
        assertThat(units("Stalin called it a “rotten” compromise and a \"mere formality\" in his reply."))
                .containsExactly("SENTENCE|Stalin called it a “rotten” compromise and a \"mere formality\" in his reply.");
    }

    @Test
    void aShortHeSaidIsMergedIntoTheQuotationItInterrupts() {
        assertThat(units("“We must seize power now,” he said, “before the congress meets.”"))
                .containsExactly("QUOTATION|“We must seize power now,” he said, “before the congress meets.”");
    }

    @Test
    void aTwoWordSpeechFrameBeforeOrAfterAMarkedQuotationIsItsOwnUnit() {
        assertThat(units("Lenin wrote: \"We must seize power now.\""))
                .containsExactly("INTRODUCER|Lenin wrote:", "QUOTATION|\"We must seize power now.\"");
        assertThat(units("He said: “We must seize power now, comrades.”"))
                .containsExactly("INTRODUCER|He said:", "QUOTATION|“We must seize power now, comrades.”");
        assertThat(units("“We must seize power now, without delay,” Lenin declared."))
                .containsExactly("QUOTATION|“We must seize power now, without delay,”", "TAIL|Lenin declared.");
        // two words without a speech word are not a frame: "In March" stays with its quotation
        assertThat(units("In March: “We must seize power now, comrades.”"))
                .containsExactly("QUOTATION|In March: “We must seize power now, comrades.”");
    }

    @Test
    void singleCurlyMarksQuoteButAnApostropheDoesNotCloseThem() {
        assertThat(units("Plekhanov wrote: ‘The workers’ party must win its own freedom, and it won’t wait.’ "
                + "Nobody doubted it then."))
                .containsExactly("INTRODUCER|Plekhanov wrote:",
                        "QUOTATION|‘The workers’ party must win its own freedom, and it won’t wait.’",
                        "SENTENCE|Nobody doubted it then.");
    }

    @Test
    void authorsWordsAfterTheQuotationAreItsTail() {
        assertThat(units("“We must seize power now, comrades,” he said, and then he left the hall quickly."))
                .containsExactly("QUOTATION|“We must seize power now, comrades,”",
                        "TAIL|he said, and then he left the hall quickly.");
    }

    @Test
    void aQuotationContinuesAcrossTheSentencesOfItsParagraphButNotBeyond() {
        List<Unit> units = SEGMENTER.segment(new Passage("p", "Lenin answered the delegates: “We cannot wait. "
                + "The congress is near.” The hall fell silent.\n\nThe congress is near, and we must act now."));
        assertThat(units).extracting(u -> u.kind() + "|" + u.text() + "|" + u.paragraph()).containsExactly(
                "INTRODUCER|Lenin answered the delegates:|0",
                "QUOTATION|“We cannot wait.|0",
                "QUOTATION|The congress is near.”|0",
                "SENTENCE|The hall fell silent.|0",
                "SENTENCE|The congress is near, and we must act now.|1");
        assertThat(units).extracting(Unit::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(units.get(1).segmentCue()).isEqualTo("quote");
        assertThat(units.get(1).has(SegmentCue.QUOTE)).isTrue();
        assertThat(units.get(1).has(SegmentCue.COLON)).isFalse();
        assertThat(units.get(0).has(SegmentCue.QUOTE)).isFalse();
    }

    /** Colon-introduced quotations of the seed, whose quotation marks the web page lost. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            On the other side Lenin writes:|Stalin, having become General Secretary, has concentrated an enormous power in his hands; and I am not sure that he always knows how to use this power with sufficient caution.
            But only ten days later it seemed to Lenin inadequate, and he added a supplementary proposal which also gave to the whole document its final physiognomy:|I propose to the comrades to find a way to remove Stalin from that position and appoint to it another man who in all other respects [1] differs from Stalin only in superiority — namely; more patient, more loyal, more polite and more attentive to comrades, less capricious, etc.
            In tendering his resignation, as a matter of form, the General Secretary capriciously kept repeating:|Ilyich suggested that you find another who would differ from me only in greater politeness.
            On December 7, in taking his departure upon the insistence of his physician, Lenin, little given to complaining, wrote to the members of the Political Bureau:|I am leaving today.
            Stalin was wholly in favour of the proposal:|It is necessary to define our proposal for a basis of union; union is possible on the basis of Zimmerwald-Kienthal.
            But Stalin stuck to his guns:|There is no party life without disagreements.
            In March Lenin wrote:|In the section of articles and notes on the events of the day, he will not only be very useful, but absolutely necessary.
            On December 13 he wrote me:|I earnestly urge you to take upon yourself at the coming Plenum the defense of our common view.
            """)
    void colonIntroducedQuotationsOfTheSeedSplitIntoIntroducerAndQuotation(String introducer, String quotation) {
        String text = "The text before it is the author's. " + introducer + " " + quotation + " Then the author goes on.";
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        assertThat(units).extracting(u -> u.kind() + "|" + u.text()).containsSubsequence(
                "INTRODUCER|" + introducer, "QUOTATION|" + quotation);
        Unit quoted = units.stream().filter(u -> u.text().equals(quotation)).findFirst().orElseThrow();
        assertThat(quoted.segmentCue()).isEqualTo("colon");
        assertThat(text.substring(quoted.start(), quoted.end())).isEqualTo(quotation);
    }

    @Test
    void theSeedItselfCarriesTheColonQuotationsOfLeninAndStalin() throws IOException {
        Path seed = Path.of("data/passages/seed.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<Unit> units = SEGMENTER.segment(new Passage(seed.toString(), text));
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < units.size(); i++) {
            if (units.get(i).kind() == UnitKind.INTRODUCER && units.get(i + 1).kind() == UnitKind.QUOTATION) {
                pairs.add(units.get(i).text() + " | " + units.get(i + 1).text());
            }
        }
        assertThat(pairs).contains(
                "On the other side Lenin writes: | Stalin, having become General Secretary, has concentrated an "
                        + "enormous power in his hands; and I am not sure that he always knows how to use this power "
                        + "with sufficient caution.",
                "In tendering his resignation, as a matter of form, the General Secretary capriciously kept "
                        + "repeating: | Ilyich suggested that you find another who would differ from me only in "
                        + "greater politeness.",
                "On December 7, in taking his departure upon the insistence of his physician, Lenin, little given "
                        + "to complaining, wrote to the members of the Political Bureau: | I am leaving today.",
                "Stalin was wholly in favour of the proposal: | It is necessary to define our proposal for a basis "
                        + "of union; union is possible on the basis of Zimmerwald-Kienthal.",
                "But Stalin stuck to his guns: | There is no party life without disagreements.",
                "In March Lenin wrote: | In the section of articles and notes on the events of the day, he will not "
                        + "only be very useful, but absolutely necessary.");
        assertThat(pairs).anySatisfy(p -> assertThat(p).startsWith("But only ten days later it seemed to Lenin "
                + "inadequate, and he added a supplementary proposal which also gave to the whole document its final "
                + "physiognomy: | I propose to the comrades to find a way to remove Stalin from that position"));
        assertThat(pairs).anySatisfy(p -> assertThat(p).startsWith(
                "On December 13 he wrote me: | I earnestly urge you to take upon yourself at the coming Plenum"));
        for (Unit u : units) {
            assertThat(text.substring(u.start(), u.end())).isEqualTo(u.text());
        }
    }

    @Test
    void longSentencesAreCutAndTheUnitSaysSo() {
        String text = "Lenin answered the delegates: “" + "we cannot wait ".repeat(200) + "at all.”";
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        assertThat(units).hasSizeGreaterThan(2);
        assertThat(units).allSatisfy(u -> assertThat(u.end() - u.start())
                .isLessThanOrEqualTo(SentenceSplitter.MAX_UNIT_CHARS));
        assertThat(units).anySatisfy(u -> assertThat(u.segmentCue()).isEqualTo("quote;split:length"));
        assertThat(units.get(units.size() - 1).text()).endsWith("at all.”");
    }

    @Test
    void offsetsCountCodePointsNotJavaChars() {
        String text = "The sign 𝔄 opens it. Lenin always stood up against these voices.";
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        assertThat(units).hasSize(2);
        Unit second = units.get(1);
        assertThat(second.text()).isEqualTo("Lenin always stood up against these voices.");
        int charStart = text.indexOf("Lenin");
        assertThat(second.start()).isEqualTo(charStart - 1);
        assertThat(second.end()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(new StringBuilder().appendCodePoint(text.codePoints().skip(second.start()).findFirst()
                .orElseThrow()).toString()).isEqualTo("L");
    }

    @Test
    void blankTextHasNoUnits() {
        assertThat(SEGMENTER.segment(new Passage("p", " \n\n\t"))).isEmpty();
    }
}
