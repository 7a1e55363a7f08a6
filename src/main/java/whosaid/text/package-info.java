/**
 * Cutting text into units: passages, paragraphs, OpenNLP sentences (with the abbreviations it would split at), and
 * the split of a sentence into an introducer and its quotation. Offsets are code points of the decoded text.
 */
package whosaid.text;
