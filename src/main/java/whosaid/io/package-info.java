/**
 * Reading and writing files: strict text decoding, CSV tables, labeled CSVs, label output (CSV, JSON Lines),
 * atomic writes, and progress on a terminal.
 */
package whosaid.io;
