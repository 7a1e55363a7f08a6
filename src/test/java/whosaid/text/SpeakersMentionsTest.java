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

    @Provide
    Arbitrary<String> textWithNames() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Ilyich", "ILYICH", "Vladimir Ilyich", "Koba", "koba's", "the General Secretary",
                        "Bronstein", "Kobas", "§", "$1", "\\"),
                Arbitraries.strings().withChars(" .,'\"-abcKoIlyч").ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
