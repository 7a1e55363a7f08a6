/**
 * Annotation-ready datasets: choosing units (sample, uncertain, quotations, exclusions), the dataset CSV and ARFF,
 * merging annotators, and statistics of a file.
 */
package whosaid.dataset;
