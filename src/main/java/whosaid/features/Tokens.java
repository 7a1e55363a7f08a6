package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cased word tokens: letters with inner apostrophes or hyphens, or numbers. */
final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*|\\p{N}+|§");

    private Tokens() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
