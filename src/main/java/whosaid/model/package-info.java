/**
 * Training and the model file: labeled data (corpus works, hand-labeled CSVs), training weights, the trainer with
 * its out-of-fold predictions, and loading and saving models behind an allow-list.
 */
package whosaid.model;
