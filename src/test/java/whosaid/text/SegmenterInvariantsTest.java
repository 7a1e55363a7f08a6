package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The unit invariants on random English-like text: sentences built from fragments, quotations of every style
 * (balanced or not, across sentences), colon introducers, apostrophes, paragraphs and odd spacing.
 */
class SegmenterInvariantsTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static final List<String> FRAGMENTS = List.of(
            "Lenin writes", "On December 13 he wrote me", "the General Secretary kept repeating", "Stalin",
            "I earnestly urge you to take upon yourself the defense", "we must act at once", "Mr. Smith",
            "the congress met in London in 1903", "he said", "don’t", "the workers’ council", "it", "10:30",
            "St. Petersburg", "a so-called \"formality\"", "there is no party life without disagreements",
            "Ilyich suggested that you find another", "— namely", "etc.", "[1]", "e.g.", "the 𝔄 sign", "ok");
    private static final List<String> OPENERS = List.of("“", "\"", "«", "»", "„", "‘", "‹", "‚", "");
    private static final List<String> CLOSERS = List.of("”", "\"", "»", "«", "“", "’", "›", "‘", "");
    private static final List<String> ENDS = List.of(".", ".", ".", "?", "!", ":", ";", "", "...");
    private static final List<String> GAPS = List.of(" ", " ", " ", "  ", "\n", "\n\n", " \n \n", "\t", "\u00A0",
            "\r\n\r\n");

    @Property(tries = 300)
    void unitsAreOrderedDisjointTrimmedAndSliceTheInputByCodePoints(@ForAll("passages") String text) {
        List<Unit> units = SEGMENTER.segment(new Passage("p", text));
        int[] codePoints = text.codePoints().toArray();
        StringBuilder covered = new StringBuilder();
        int previousEnd = 0;
        int previousParagraph = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            assertThat(u.index()).isEqualTo(i);
            assertThat(u.passageId()).isEqualTo("p");
            assertThat(u.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(u.end()).isGreaterThan(u.start());
            assertThat(u.paragraph()).isGreaterThanOrEqualTo(previousParagraph);
            assertThat(new String(codePoints, u.start(), u.end() - u.start())).isEqualTo(u.text());
            assertThat(u.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_UNIT_CHARS);
            assertThat(Blank.isBlank(u.text().charAt(0))).isFalse();
            assertThat(Blank.isBlank(u.text().charAt(u.text().length() - 1))).isFalse();
            covered.append(new String(codePoints, previousEnd, u.start() - previousEnd));
            previousEnd = u.end();
            previousParagraph = u.paragraph();
        }
        covered.append(new String(codePoints, previousEnd, codePoints.length - previousEnd));
        assertThat(covered.chars().allMatch(c -> Blank.isBlank((char) c)))
                .as("text left outside every unit is blank: [%s]", covered).isTrue();
    }

    @Provide
    Arbitrary<String> passages() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> plain = fragment.list().ofMinSize(1).ofMaxSize(6).map(f -> String.join(" ", f));
        Arbitrary<String> quoted = Combinators.combine(Arbitraries.of(OPENERS), plain, Arbitraries.of(CLOSERS))
                .as((open, words, close) -> open + words + close);
        Arbitrary<String> colon = Combinators.combine(plain, plain).as((intro, words) -> intro + ": "
                + Character.toUpperCase(words.charAt(0)) + words.substring(1));
        Arbitrary<String> sentence = Combinators.combine(
                Arbitraries.oneOf(plain, quoted, colon).list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s)),
                Arbitraries.of(ENDS)).as((body, end) -> Character.toUpperCase(body.charAt(0)) + body.substring(1) + end);
        Arbitrary<String> gapped = Combinators.combine(Arbitraries.of(GAPS), sentence).as(String::concat);
        Arbitrary<String> longRun = Arbitraries.of("we cannot wait ", "x").map(w -> w.repeat(2100 / w.length() + 1));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, gapped),
                        net.jqwik.api.Tuple.of(1, longRun))
                .list().ofMinSize(0).ofMaxSize(25).map(parts -> String.join("", parts));
    }
}
