package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String text) {
        return SPLITTER.split(text, new Span(0, text.length())).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsOpenNlpSentencesWithExactOffsetsInsideTheParagraph() {
        String text = "Title\n\nThe mood was tense. Lenin always stood up against these voices. He left.";
        Span paragraph = new Span(7, text.length());
        List<Span> sentences = SPLITTER.split(text, paragraph);
        assertThat(sentences).extracting(Span::start, Span::end)
                .containsExactly(tuple(7, 26), tuple(27, 70), tuple(71, 79));
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("The mood was tense.", "Lenin always stood up against these voices.", "He left.");
        assertThat(sentences).allSatisfy(s -> assertThat(s.cue()).isEmpty());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Mr. Smith met Dr. Jones in Petrograd. They talked.";
        List<Span> sentences = SPLITTER.split(text, new Span(0, text.length()));
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Mr. Smith met Dr. Jones in Petrograd.", "They talked.");
    }

    @Test
    void sentencesWithoutEndsAreCutAtABlankBeforeTheLimitAndSaySo() {
        String text = "word ".repeat(1000).strip(); // 4999 chars, no sentence end
        List<Span> pieces = SPLITTER.split(text, new Span(0, text.length()));
        assertThat(pieces).hasSizeGreaterThan(2);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_UNIT_CHARS);
            assertThat(p.cue()).isEqualTo(SentenceSplitter.LENGTH_CUE);
            assertThat(text.substring(p.start(), p.end())).startsWith("word").endsWith("word");
        });
        assertThat(pieces.get(0)).extracting(Span::start, Span::end).containsExactly(0, 1999);
        assertTiles(text, pieces);
    }

    @Test
    void aRunWithoutBlanksIsCutExactlyAtTheLimit() {
        String text = "x".repeat(SentenceSplitter.MAX_UNIT_CHARS * 2 + 10);
        List<Span> pieces = SPLITTER.split(text, new Span(0, text.length()));
        assertThat(pieces).extracting(Span::start, Span::end)
                .containsExactly(tuple(0, 2000), tuple(2000, 4000), tuple(4000, 4010));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "x".repeat(SentenceSplitter.MAX_UNIT_CHARS - 1) + "\uD835\uDC00" + "yyy";
        List<Span> pieces = SentenceSplitter.cut(text, new Span(0, text.length()), SentenceSplitter.MAX_UNIT_CHARS,
                SentenceSplitter.LENGTH_CUE);
        assertThat(pieces).extracting(Span::start, Span::end).containsExactly(tuple(0, 1999), tuple(1999, 2004));
    }

    @Test
    void aShortSentenceIsNotCut() {
        String text = "A short one.";
        assertThat(SentenceSplitter.cut(text, new Span(0, text.length()), 2000, "x"))
                .containsExactly(new Span(0, text.length()));
    }

    @Test
    void countsTheSentencesOfEveryParagraph() {
        String text = "Title\n\nThe mood was tense. Lenin always stood up against these voices. He left.\n\n\nEnd.";

        assertThat(SPLITTER.count(text)).isEqualTo(5);
        assertThat(SPLITTER.count(" \n\n ")).isZero();
    }

    /** The pieces are in order, do not overlap, and leave out only blanks. */
    static void assertTiles(String text, List<Span> pieces) {
        int pos = 0;
        for (Span p : pieces) {
            assertThat(p.start()).isGreaterThanOrEqualTo(pos);
            assertThat(text.substring(pos, p.start())).isBlank();
            pos = p.end();
        }
        assertThat(text.substring(pos)).isBlank();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences("He arrived in St. Petersburg in May. The city was calm.")).containsExactly(
                "He arrived in St. Petersburg in May.", "The city was calm.");
        assertThat(sentences("The letter was signed by V. I. Lenin himself. Nobody doubted it.")).containsExactly(
                "The letter was signed by V. I. Lenin himself.", "Nobody doubted it.");
        assertThat(sentences("Mr. Kerensky spoke first. Then the delegates voted.")).containsExactly(
                "Mr. Kerensky spoke first.", "Then the delegates voted.");
        assertThat(sentences("The U.S.S.R. government signed the pact in August. It shocked the world."))
                .containsExactly("The U.S.S.R. government signed the pact in August.", "It shocked the world.");
    }

    @Test
    void aSentenceMayStillEndWithADottedAbbreviationOrThePronounI() {
        assertThat(sentences("He was sent to the U.S.S.R. The journey took a month.")).hasSize(2);
        assertThat(sentences("Nobody else went, but I did as did I. Then we left.")).hasSize(2);
    }
}
