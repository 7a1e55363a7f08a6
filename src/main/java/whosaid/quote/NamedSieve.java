package whosaid.quote;

import java.util.regex.Pattern;
import whosaid.text.Speakers;

/**
 * The voice named as the speech word's subject: the nearest name before it in the same clause ("Lenin, little given
 * to complaining, wrote"), or one right after it ("said Stalin", "the words of Stalin"). A name further on, or
 * after a preposition, is whom it is about: "its characterization of Stalin and Trotsky:", "Trotsky wrote of
 * Stalin:" (Trotsky speaks).
 */
final class NamedSieve implements RuleSieve {
    /**
     * What may stand between a speech word and a name after it for the name to be the speaker: nothing ("said
     * Stalin"), "of" ("the words of Stalin", "according to Comrade Lenin"), a title. "stated that Stalin" and "wrote to
     * Stalin" name whom it is about or for.
     */
    private static final Pattern INVERTED = Pattern.compile("\\s*(?:of\\s+|the\\s+)?(?:Comrade\\s+|comrade\\s+)?");
    /** A name right after one of these is an object, not the one speaking: "of Stalin", "to Lenin". */
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?:of|to|with|about|against|for|from|on|upon|by|at|towards?)\\s+(?:the\\s+)?(?:comrade\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Sieve id() {
        return Sieve.NAMED;
    }

    @Override
    public Attribution decide(Introduction in) {
        String frame = in.frame();
        int[] verb = in.verb();
        String nearestBefore = null;
        for (Speakers.Mention m : in.speakers().find(frame)) {
            if (m.end() <= verb[0]) {
                String between = frame.substring(m.end(), verb[0]);
                // "What Lenin discovered in Stalin he remarked", "In conversations with Lenin we remarked": the
                // pronoun, not the name, is the subject; so is the biographer in "a biographer of Stalin concluded"
                boolean pronounSubject = Introduction.FIRST_PERSON.matcher(between).find()
                        || Introduction.PRONOUN.matcher(between).find();
                boolean object = OBJECT.matcher(frame.substring(0, m.start())).find();
                nearestBefore = between.contains(";") || pronounSubject || object ? null : m.label();
            } else if (m.start() >= verb[1]) {
                String between = frame.substring(verb[1], m.start());
                // "the words of Lenin" names the speaker; "Trotsky wrote of Stalin" names whom Trotsky wrote about
                if (INVERTED.matcher(between).matches() && (nearestBefore == null || !between.contains("of"))) {
                    return new Attribution(Sieve.NAMED, m.label());
                }
            }
        }
        return nearestBefore == null ? null : new Attribution(Sieve.NAMED, nearestBefore);
    }
}
