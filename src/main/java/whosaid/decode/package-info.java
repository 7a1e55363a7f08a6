/**
 * From classifier probabilities to labels: calibration (a temperature), the voice chain over a passage (Viterbi and
 * forward-backward), and the out-of-fold fit of both.
 */
package whosaid.decode;
