package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpeechVerbsTest {
    /** The definition of a speech word: the scanner finds what this regular expression finds. */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:writes?|wrote|written|writing|says?|said|saying|declared?s?|declaring|stated?|states|announced?|"
                    + "announces|remarked|remarks|replied|replies|answered|answers|argued|argues|insisted|insists|"
                    + "repeat(?:s|ed|ing)|explained|explains|dictated|added|adds|speaks?|spoke|telegraphed|"
                    + "cites|cited|quoted?|quotes|exclaimed|asked|asks|told|continued|concluded|concludes|"
                    + "proclaimed|proclaims|protested|objected|urged|warned|put it|asserts?|asserted|comments?|"
                    + "commented|relates|related|recalls|recalled|notes|noted|observes|observed|maintains|maintained|"
                    + "admits|admitted|reports|reported|according to|opinion|assertion|confession|conclusion|"
                    + "described|describes|referred|refers|termed|characterized|claimed|claims|alleged|"
                    + "alleges|swore|telling|recorded|proposal|words|letter|speech|report|theses|article|slogan|"
                    + "formula|utterance|asserting|stating|claiming|remarking|replying|"
                    + "answering|arguing|insisting|explaining|agrees|suggests|suggested|retorts?|retorted|"
                    + "cries|cried|shouts?|shouted|interrupts?|interrupted|exclaims|called for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN = Pattern.compile(
            "words|letter|speech|report|theses|article|opinion|assertion|confession|conclusion|proposal|slogan|"
                    + "formula|utterance|according to", Pattern.CASE_INSENSITIVE);

    @Example
    void findsTheLastSpeechWordNearestTheColon() {
        assertThat(SpeechVerbs.last("As Lenin said in his letter, he WROTE:")).containsExactly(32, 37);
        assertThat(SpeechVerbs.last("according to Lenin")).containsExactly(0, 12);
        assertThat(SpeechVerbs.any("He rewrote the saidness of input.")).isFalse();
        assertThat(SpeechVerbs.isNoun("Letter")).isTrue();
        assertThat(SpeechVerbs.isNoun("wrote")).isFalse();
    }

    @Property(tries = 3000)
    void findsWhatTheRegularExpressionFinds(@ForAll("textWithSpeech") String text) {
        Matcher m = SPEECH.matcher(text);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
        }
        assertThat(SpeechVerbs.last(text)).isEqualTo(last);
        assertThat(SpeechVerbs.any(text)).isEqualTo(last != null);
    }

    @Property(tries = 1000)
    void aNounIsWhatTheNounExpressionMatches(@ForAll("speechWords") String word) {
        assertThat(SpeechVerbs.isNoun(word)).isEqualTo(NOUN.matcher(word).matches());
    }

    @Provide
    Arbitrary<String> speechWords() {
        return Arbitraries.of("words", "WORDS", "Letter", "according to", "According To", "according  to", "wrote",
                "report", "reports", "ſpeech", "opinion", "slogan", "formula", "Utterance", "theses");
    }

    @Provide
    Arbitrary<String> textWithSpeech() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("said", "SAID", "Said", "says", "say", "declareds", "declare", "repeat", "repeats",
                        "put it", "Put It", "put  it", "put itself", "according to", "according", "called for",
                        "called forth", "wrote", "rewrote", "letters", "letter", "report", "reported", "ſaid",
                        "\u212Asks", "asks", "_", "\u0301", "é", "1", "'", "-", " ", ".", ":", "\u00A0"),
                Arbitraries.strings().withChars(" .,:'\"-aeiostdrwTSD_ч").ofMaxLength(5));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
