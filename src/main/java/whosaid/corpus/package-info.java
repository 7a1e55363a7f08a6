/**
 * The reference corpus as a recorded list of files (voice, name, size, SHA-256), and the check of a folder against
 * it: whether figures measured on that folder are comparable with the model card's.
 */
package whosaid.corpus;
