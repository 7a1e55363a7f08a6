/**
 * The benchmark: a generated or given corpus labeled at one and all threads against OpenNLP sentence detection.
 */
package whosaid.bench;
