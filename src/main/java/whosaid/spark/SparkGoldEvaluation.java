package whosaid.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import whosaid.eval.Evaluation;
import whosaid.eval.EvaluationRun;
import whosaid.eval.GoldEvaluation;
import whosaid.eval.Prediction;
import whosaid.label.Labeler;
import whosaid.train.TrainingOptions;
import whosaid.train.TrainingRun;

/**
 * {@code --gold}: the figures of {@code whosaid evaluate --gold}, the gold passages labeled on the executors. Each
 * partition returns the predictions for its passages; the driver puts them back in passage order and scores them
 * with the CLI's own evaluation, so every figure is the CLI's. The gold files are read by the driver, as the CLI
 * reads them: they are hand-labeled, so small.
 */
final class SparkGoldEvaluation {
    private SparkGoldEvaluation() {
    }

    static Evaluation run(SparkSession spark, String modelPath, List<String> gold, Integer partitions,
                          whosaid.io.Anchoring anchoring, PrintStream log) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ModelBytes model = ModelBytes.read(modelPath, jsc.hadoopConfiguration());
        Broadcast<ModelBytes> shared = jsc.broadcast(model);
        int slices = partitions != null ? partitions : 3 * jsc.defaultParallelism();
        GoldEvaluation.Predictor onExecutors = (passages, context) -> {
            if (passages.isEmpty()) {
                return List.of();
            }
            List<List<Prediction>> perPartition = jsc.parallelize(passages, Math.min(slices, passages.size()))
                    .mapPartitions(it -> {
                        Labeler labeler = ExecutorLabeler.of(shared.value());
                        ArrayList<Prediction> predictions = new ArrayList<>();
                        it.forEachRemaining(p -> predictions.addAll(GoldEvaluation.predict(labeler, p, context)));
                        return List.<List<Prediction>>of(predictions).iterator();
                    }).collect();
            List<Prediction> all = new ArrayList<>();
            perPartition.forEach(all::addAll); // collect() keeps partition order, and partitions keep passage order
            return all;
        };
        try {
            // no baseline data: beside the model, the majority label of its own training data, as the CLI does
            return EvaluationRun.gold(model.load(), modelPath, gold,
                    new TrainingRun.Sources(List.of(), null, null, null, whosaid.io.Fallback.warn(log), anchoring),
                    TrainingOptions.defaults(), log,
                    onExecutors);
        } catch (Exception e) { // Scala declares no exceptions: a SparkException, checked for Java, comes undeclared
            throw TaskFailures.unwrap(e);
        } finally {
            shared.destroy();
        }
    }
}
