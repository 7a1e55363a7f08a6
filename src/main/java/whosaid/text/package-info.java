/**
 * Cutting text into units: passages, paragraphs, OpenNLP sentences (with the abbreviations it would split at), and
 * the split of a sentence into an introducer and its quotation, the voices' names and where they occur, and
 * which unit covers which span. Offsets are code points of the decoded text.
 */
package whosaid.text;
