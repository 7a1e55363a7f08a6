package whosaid.label;

import whosaid.text.Unit;

/**
 * A unit with its voice.
 *
 * @param probabilities probability of each model label, in the model's label order: given the whole passage when
 *     decoding with context, given the unit alone otherwise
 * @param confidence the probability of {@code label}
 * @param cue the rule evidence that fired (written as "intro:Lenin;sieve:named:Lenin;colon")
 */
public record LabeledUnit(Unit unit, String label, double confidence, double[] probabilities, whosaid.quote.Cue cue) {
}
