/**
 * Labeling passages with a model, one passage or a batch over threads: the entry point for reading the code.
 */
package whosaid.label;
