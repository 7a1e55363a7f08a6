package whosaid.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that report speech or writing ("writes", "declared", "the words of", "his letter"): the one list the
 * segmenter and the quotation sieves share.
 */
public final class SpeechVerbs {
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

    private SpeechVerbs() {
    }

    public static boolean any(CharSequence text) {
        return SPEECH.matcher(text).find();
    }

    /** Where the last speech word starts and ends, or null: an introducer's verb is the one nearest its colon. */
    /** Speech words that are nouns: "the words of Lenin" names the speaker, where "wrote of Stalin" names a topic. */
    private static final Pattern NOUN = Pattern.compile(
            "words|letter|speech|report|theses|article|opinion|assertion|confession|conclusion|proposal|slogan|"
                    + "formula|utterance|according to", Pattern.CASE_INSENSITIVE);

    public static boolean isNoun(CharSequence speechWord) {
        return NOUN.matcher(speechWord).matches();
    }

    public static int[] last(CharSequence text) {
        Matcher m = SPEECH.matcher(text);
        int[] found = null;
        while (m.find()) {
            found = new int[] {m.start(), m.end()};
        }
        return found;
    }
}
