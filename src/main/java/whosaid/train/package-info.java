/**
 * Training and cross-validation: labeled data (corpus works, hand-labeled CSVs), grouped folds, training weights,
 * the Weka and LIBLINEAR trainers, the out-of-fold fits of calibration and frame decoding on held-out passages, and
 * the {@code whosaid train} run. It builds the models of {@link whosaid.model}; labeling never reads it.
 */
package whosaid.train;
