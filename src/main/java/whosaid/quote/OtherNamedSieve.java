package whosaid.quote;

import java.util.regex.Pattern;
import whosaid.text.SpeechVerbs;

/**
 * Someone who is none of the voices, or a body: a capitalised name as the speech word's subject ("Nogin declared:",
 * "the resolution of the Central Committee said:"), or right after it ("wrote the Bolshevik Novaya Zhizn", "said
 * Plekhanov"). A pronoun or first-person subject is left to the sieves for those.
 */
final class OtherNamedSieve implements RuleSieve {
    /** A capitalised word that may name a person or body; sentence openers and pronouns are not names. */
    private static final Pattern NAME = Pattern.compile(
            "(?!(?:The|This|That|These|Those|They|She|He|His|Her|Its|It|Our|Their|One|Then|There|Here|But|And|Thus|"
                    + "Yet|In|On|At|As|So|If|When|What|Who|We|I|A|An|To|For|With|After|Before|During|Even|Nobody|"
                    + "Nothing|Everyone|Everybody|Someone|Somebody|Many|Few|Most|Others|Another|"
                    + "Only|Now|Yes|No|Such|All|Some|Every|Each|Both|Let|Upon|From|By|Of|Not)\\b)"
                    + "\\p{Lu}[\\p{L}\\-]+");
    /**
     * Someone else named just after the speech word: "wrote the Bolshevik Novaya Zhizn", "said Plekhanov",
     * "according to Stalin biographer Volkogonov" (a voice's name, masked, qualifying the one who speaks).
     */
    private static final Pattern OTHER_AFTER = Pattern.compile(
            "\\s*(?:the\\s+)?(?:" + java.util.regex.Pattern.quote(whosaid.text.Speakers.MASK)
                    + "\\s+)?(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+");

    @Override
    public Sieve id() {
        return Sieve.OTHER_NAMED;
    }

    /** Whether the text's last word is a capitalised name: the subject of a speech word right after it. */
    static boolean nameJustBefore(String masked) {
        String[] words = masked.strip().split("\\s+");
        String last = words[words.length - 1];
        return NAME.matcher(last).lookingAt() && !last.startsWith("Comrade");
    }

    @Override
    public Attribution decide(Introduction in) {
        if (in.verb() == null || in.pronounSubject()) {
            return null;
        }
        String masked = in.speakers().mask(in.frame());
        int[] verb = SpeechVerbs.last(masked);
        boolean named = verb != null && (NAME.matcher(Introduction.lastClause(masked.substring(0, verb[0]))).find()
                || OTHER_AFTER.matcher(masked.substring(verb[1])).lookingAt());
        return named ? new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER) : null;
    }
}
