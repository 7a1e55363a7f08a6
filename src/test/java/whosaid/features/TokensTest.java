package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TokensTest {
    /** The definition of a token, as a regular expression: the hand-written scanner must agree with it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*|\\p{N}+|§");

    private static List<String> byRegex(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    @Test
    void wordsNumbersAndTheMask() {
        assertThat(Tokens.words("In 1923 § wrote: “Comrade Stalin’s rude-ness—isn't it?” ½ Ⅻ café naïve"))
                .containsExactly("in", "1923", "§", "wrote", "comrade", "stalin's", "rude-ness", "isn't", "it", "½",
                        "ⅻ", "café", "naïve");
    }

    @Property(tries = 300)
    void agreesWithTheRegularExpression(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'f')
                                        @Chars({' ', '\'', '’', '-', '§', '1', '9', 'É', 'é', '\u0301', '½', 'Ⅻ',
                                                '_', '.', '\u00a0', 'Я'}) String text) {
        assertThat(Tokens.words(text)).isEqualTo(byRegex(text));
    }
}
