package whosaid.quote;

import java.util.Objects;

/**
 * A sieve's decision on one quotation: the voice quoted and the sieve that decided.
 *
 * @param voice a label of the model, {@link #OTHER} for someone who is none of them, or {@link #AUTHOR} for the
 *     voice of the surrounding text (resolved once the classifier has read it)
 */
public record Attribution(Sieve sieve, String voice) {
    public static final String OTHER = "other";
    public static final String AUTHOR = "author";

    public Attribution {
        Objects.requireNonNull(sieve, "sieve");
        Objects.requireNonNull(voice, "voice");
    }

    public boolean namesVoice() {
        return !voice.equals(OTHER) && !voice.equals(AUTHOR);
    }

    /** As the {@code cue} column writes it: {@code sieve:named:Lenin}. */
    @Override
    public String toString() {
        return "sieve:" + sieve.id() + ":" + voice;
    }
}
