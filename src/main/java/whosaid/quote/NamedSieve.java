package whosaid.quote;

import java.util.regex.Pattern;
import whosaid.text.Speakers;
import whosaid.text.SpeechVerbs;

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

    /** "according to Stalin biographer Volkogonov": the name qualifies someone else, who speaks. */
    private static final Pattern QUALIFIES = Pattern.compile("\\s+(?:biographers?|historians?|scholars?|critics?|"
            + "experts?|specialists?|admirers?|opponents?|supporters?|loyalists?|apologists?|scholarship)\\b");
    /** "Trotsky, who declares": a relative clause makes the name its subject whatever stands before it. */
    private static final Pattern WHO = Pattern.compile("\\s*,\\s*who\\s.*");

    @Override
    public Attribution decide(Introduction in) {
        if (in.verb() == null) {
            return null;
        }
        String frame = in.frame();
        int[] verb = in.verb();
        boolean noun = SpeechVerbs.isNoun(frame.substring(verb[0], verb[1]));
        String nearestBefore = null;
        for (Speakers.Mention m : in.speakers().find(frame)) {
            if (m.end() <= verb[0]) {
                String between = frame.substring(m.end(), verb[0]);
                // "What Lenin discovered in Stalin he remarked", "In conversations with Lenin we remarked": the
                // pronoun, not the name, is the subject; so is the biographer in "a biographer of Stalin concluded"
                boolean pronounSubject = Introduction.FIRST_PERSON.matcher(between).find()
                        || Introduction.PRONOUN.matcher(between).find();
                boolean who = WHO.matcher(between).matches();
                boolean object = !who && OBJECT.matcher(frame.substring(0, m.start())).find();
                // "The state prosecutor Vyshinsky characterized", "A Lenin biographer, Robert Service, states":
                // someone else named nearer the speech word is its subject
                boolean otherNearer = !who && OtherNamedSieve.nameJustBefore(in.speakers().mask(between));
                nearestBefore = between.contains(";") || pronounSubject || object || otherNearer ? null : m.label();
            } else if (m.start() >= verb[1]) {
                String between = frame.substring(verb[1], m.start());
                // "the words of Lenin" names the speaker; "Trotsky wrote of Stalin" names whom Trotsky wrote about
                boolean qualifies = QUALIFIES.matcher(frame).region(m.end(), frame.length()).lookingAt();
                if (INVERTED.matcher(between).matches() && (noun || !between.strip().startsWith("of")) && !qualifies) {
                    return new Attribution(Sieve.NAMED, m.label());
                }
            }
        }
        return nearestBefore == null ? null : new Attribution(Sieve.NAMED, nearestBefore);
    }
}
