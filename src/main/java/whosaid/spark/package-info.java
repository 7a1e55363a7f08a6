/**
 * Labeling and gold evaluation on Apache Spark, for archives past one machine: listing the passage files, sharing
 * the model with the executors, writing the {@code whosaid label} rows as partitioned tables, and the table of
 * skipped passages. The labeling itself is the CLI's ({@link whosaid.label.Labeler}), and so are the row format
 * ({@link whosaid.label.LabelColumns}) and the figures ({@link whosaid.eval.EvaluationRun}); Spark is a provided
 * dependency, on the classpath only where the job runs.
 */
package whosaid.spark;
