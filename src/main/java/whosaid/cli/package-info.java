/**
 * The command line (picocli): one class per verb; options are parsed here and the work delegated.
 */
package whosaid.cli;
