/**
 * Labeling passages with a model, one passage or a batch over threads, and the label output (CSV, JSON Lines): the
 * entry point for reading the code.
 */
package whosaid.label;
