package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text comes in, segmentation neither throws nor loses, duplicates, reorders or misplaces a character. */
class SegmenterPropertiesTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    @Property(tries = 400)
    void unitsTileTheNonBlankTextAtExactCodePointOffsets(@ForAll("nastyText") String text) {
        checkInvariants(text, SEGMENTER.segment(new Passage("p.txt", text)));
    }

    @Property(tries = 30)
    void longRunsWithoutSentenceEndsAreCutIntoBoundedUnits(@ForAll("longRuns") String text) {
        List<Unit> units = SEGMENTER.segment(new Passage("p.txt", text));
        checkInvariants(text, units);
        assertThat(units).isNotEmpty();
    }

    @Example
    void pythonSlicingOfEveryUnitGivesItsTextOutsideTheBasicPlane() {
        String text = "\uD835\uDD18\uD83D\uDE00 He wrote: \u201CWe shall win.\u201D\r\n\r\nThen \uD83D\uDE00 left.";
        List<Unit> units = SEGMENTER.segment(new Passage("p.txt", text));
        checkInvariants(text, units);
        assertThat(units).extracting(Unit::start).first().isEqualTo(0);
        assertThat(units.get(units.size() - 1).end()).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Example
    void cutAtTheLengthLimitKeepsAPairWholeWhenALoneSurrogateFollows() {
        // found by the property above: the cut stepped back over a lone low surrogate into a real pair
        String text = "a".repeat(SentenceSplitter.MAX_UNIT_CHARS - 2) + "\uD83D\uDE00\uDE00";
        checkInvariants(text, SEGMENTER.segment(new Passage("p.txt", text)));
    }

    static void checkInvariants(String text, List<Unit> units) {
        int[] codePoints = text.codePoints().toArray();
        boolean[] covered = new boolean[codePoints.length];
        int previousEnd = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            assertThat(u.index()).isEqualTo(i);
            assertThat(u.passageId()).isEqualTo("p.txt");
            assertThat(u.start()).as("unit %d starts after the previous one ends", i).isGreaterThanOrEqualTo(previousEnd);
            assertThat(u.end()).as("unit %d is not empty", i).isGreaterThan(u.start());
            assertThat(u.end()).isLessThanOrEqualTo(codePoints.length);
            assertThat(new String(codePoints, u.start(), u.end() - u.start()))
                    .as("text[%d:%d]", u.start(), u.end()).isEqualTo(u.text());
            assertThat(u.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_UNIT_CHARS);
            assertThat(Blank.isBlank(u.text().charAt(0))).as("unit %d starts blank", i).isFalse();
            assertThat(Blank.isBlank(u.text().charAt(u.text().length() - 1))).as("unit %d ends blank", i).isFalse();
            for (int c = u.start(); c < u.end(); c++) {
                covered[c] = true;
            }
            previousEnd = u.end();
        }
        for (int c = 0; c < codePoints.length; c++) {
            boolean blank = Character.isBmpCodePoint(codePoints[c]) && Blank.isBlank((char) codePoints[c]);
            if (!blank) {
                assertThat(covered[c]).as("code point %d (U+%04X) is in a unit", c, codePoints[c]).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> nastyText() {
        return fragment().list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> longRuns() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2500).ofMaxLength(9000);
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\u00A0", "\t", ", ", " \uD83D\uDE00 ");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, word), net.jqwik.api.Tuple.of(1, token));
        return net.jqwik.api.Combinators.combine(piece, separator).as((w, s) -> w + s)
                .list().ofMinSize(1).ofMaxSize(1500).map(parts -> String.join("", parts));
    }

    /** Words, blanks of every kind, line breaks, quotation marks, controls, combining marks and astral characters. */
    private static Arbitrary<String> fragment() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(" ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\u200B", "\uFEFF", "\f", "\u000B"),
                Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\t\u00A0\n", "\u2028", "\u2029",
                        "\u0085"),
                Arbitraries.of(".", ". ", "! ", "? ", "...", ": ", ", ", "; ", " - ", "\u2014"),
                Arbitraries.of("\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u201A",
                        "\u2039", "\u203A", "'", " \"", "\" "),
                Arbitraries.of("\u0000", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F", "\u0301", "e\u0301",
                        "\u0308\u0308"),
                Arbitraries.of("\uD83D\uDE00", "\uD835\uDD18", "\uD840\uDC00", "\uD83D", "\uDE00", "\uDE00\uD83D"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1990).ofMaxLength(2100),
                Arbitraries.strings().all().ofMaxLength(8));
    }
}
