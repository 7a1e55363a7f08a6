package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;

class SpeakersMentionsTest {
    private static final Speakers SPEAKERS = TestModels.SPEAKERS;

    @Test
    void masksAndNamesInOneScan() {
        Speakers.Mentions m = SPEAKERS.mentions("Koba told Ilyich, and vladimir ilyich told Bronstein.");

        assertThat(m.masked()).isEqualTo("§ told §, and § told §.");
        assertThat(m.named()).containsExactly("Stalin", "Lenin", "Lenin", "Trotsky");
        assertThat(SPEAKERS.mentions("No names here.")).isEqualTo(new Speakers.Mentions("No names here.", List.of()));
    }

    @Property(tries = 500)
    void isMaskAndNamedTogether(@ForAll("textWithNames") String text) {
        Speakers.Mentions m = SPEAKERS.mentions(text);

        assertThat(m.masked()).isEqualTo(SPEAKERS.mask(text));
        assertThat(m.named()).isEqualTo(SPEAKERS.named(text));
    }

    @Test
    void anAliasEndingInADotIsAWholeWordBeforeASpace() {
        Speakers speakers = new Speakers(List.of(new Speakers.Speaker("Lenin", List.of("V.I."))));
        assertThat(speakers.find("as V.I. said, V.I.Ulyanov")).containsExactly(new Speakers.Mention("Lenin", 3, 7));
    }

    /** The definition of a mention: the scanner finds what this regular expression finds. */
    @net.jqwik.api.Example
    void aCombiningMarkOnAnUnderscoreDoesNotJoinTheNameToIt() {
        findsWhatTheAliasRegularExpressionFinds("_\u0301Ilyich");
        findsWhatTheAliasRegularExpressionFinds("a\u0301\u0301Ilyich and \u0301Koba");
    }

    @Property(tries = 2000)
    void findsWhatTheAliasRegularExpressionFinds(@ForAll("textWithNames") String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\b(?:the General Secretary|Vladimir Ilyich|Bronstein|Trotsky|Ilyich|Stalin|Lenin|Koba)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
        List<String> expected = new java.util.ArrayList<>();
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        assertThat(SPEAKERS.find(text).stream().map(x -> x.start() + "-" + x.end()).toList()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> textWithNames() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Ilyich", "ILYICH", "Vladimir Ilyich", "Koba", "koba's", "the General Secretary",
                        "Bronstein", "Kobas", "§", "$1", "\\", "_", "é", "\u0301", "Lenin", "LENIN", "Leninism", "1"),
                Arbitraries.strings().withChars(" .,'\"-abcKoIlyч").ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
