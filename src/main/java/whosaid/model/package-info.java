/**
 * A trained model and what labeling needs of it: the scorers (a log-linear dot product, or a Weka classifier asked
 * unit by unit), the frame classifier and a passage made ready for frame decoding, the metadata, and loading and
 * saving model files behind an allow-list. Training lives apart, in {@code whosaid.train}, so that reading the
 * labeling path never leads into it.
 */
package whosaid.model;
