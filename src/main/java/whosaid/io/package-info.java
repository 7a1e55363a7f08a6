/**
 * Reading and writing files: strict text decoding, CSV tables, labeled CSVs, speakers' names, atomic writes, and progress on a terminal.
 */
package whosaid.io;
