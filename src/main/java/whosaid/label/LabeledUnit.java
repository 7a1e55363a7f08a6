package whosaid.label;

import whosaid.text.Unit;

/**
 * A unit with its voice.
 *
 * @param probabilities probability of each model label, in the model's label order: given the whole passage when
 *     decoding with context, given the unit alone otherwise
 * @param confidence the probability of {@code label}
 * @param cue the rule evidence that fired (written as "intro:Lenin;sieve:named:Lenin;colon")
 * @param frame the passage's frame voice and the unit's section
 */
public record LabeledUnit(Unit unit, String label, double confidence, double[] probabilities, whosaid.quote.Cue cue,
                          Frame frame) {
    public LabeledUnit(Unit unit, String label, double confidence, double[] probabilities, whosaid.quote.Cue cue) {
        this(unit, label, confidence, probabilities, cue, Frame.NONE);
    }
}
