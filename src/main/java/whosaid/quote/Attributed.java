package whosaid.quote;

import java.util.Objects;

/**
 * A rule sieve's decision on one unit, with its evidence: the attribution, the unit whose words named the speaker
 * (the quotation itself when its own frame did, "“…,” said Stalin"), and those words.
 *
 * @param frame index in the passage of the unit whose words decided
 * @param evidence the words that decided, as the sieve read them
 */
public record Attributed(Attribution attribution, int frame, String evidence) {
    public Attributed {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(evidence, "evidence");
    }
}
