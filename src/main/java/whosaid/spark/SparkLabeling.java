package whosaid.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import whosaid.io.BadInputException;

/**
 * The labeling job on the driver: checks the model and the inputs before any task runs, cuts the passage files into
 * partitions, labels and writes them in one pass, then writes the table of skipped passages.
 */
final class SparkLabeling {
    /** How many skipped passages are named on stderr; the skipped table holds them all. */
    private static final int NAMED_ON_STDERR = 20;

    /** How the job went: passages labeled, and those skipped (each once, sorted). */
    record Summary(long passages, List<SkippedPassage> skipped) {
    }

    private SparkLabeling() {
    }

    static Summary run(SparkSession spark, LabelSettings settings, PrintStream err) {
        if (!LabelSettings.FORMATS.contains(settings.format())) {
            throw new BadInputException("--format must be one of " + LabelSettings.FORMATS + ", not '"
                    + settings.format() + "'");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        refuseExisting(settings.output(), hadoop);
        ModelBytes model = ModelBytes.read(settings.model(), hadoop);
        List<String> labels = model.load().labels(); // a bad model fails here, once, not in every task
        List<String> files = PassageFiles.expand(settings.inputs(), hadoop);

        Broadcast<ModelBytes> shared = jsc.broadcast(model);
        CollectionAccumulator<SkippedPassage> reported = jsc.sc().collectionAccumulator("whosaid skipped");
        LabelTable table = new LabelTable(new PassageLabeling(shared, new SerializableConfiguration(hadoop),
                settings.charset(), settings.context(), settings.onError(), reported), labels);
        int partitions = settings.partitions() != null ? settings.partitions() : 3 * jsc.defaultParallelism();
        JavaRDD<String> passages = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())));
        String format = settings.format();
        try {
            if (format.equals("parquet")) {
                JavaRDD<Row> rows = passages.mapPartitions(table::rows);
                spark.createDataFrame(rows, LabelTable.schema(labels)).write().mode(SaveMode.ErrorIfExists)
                        .parquet(settings.output());
            } else {
                JavaRDD<String> chunks = passages.mapPartitions(it -> table.text(it, format));
                spark.createDataset(chunks.rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                        .text(settings.output());
            }
        } catch (Exception e) { // Scala declares no exceptions: a SparkException, checked for Java, comes undeclared
            removeFailedOutput(settings.output(), hadoop);
            throw TaskFailures.unwrap(e);
        } finally {
            shared.destroy();
        }

        List<SkippedPassage> skipped = SkippedTable.distinct(reported.value());
        SkippedTable.write(spark, skipped, settings.output());
        skipped.stream().limit(NAMED_ON_STDERR).forEach(s -> err.println("whosaid: skipped " + s.reason()));
        if (skipped.size() > NAMED_ON_STDERR) {
            err.println("whosaid: ... and " + (skipped.size() - NAMED_ON_STDERR) + " more, all in "
                    + SkippedTable.path(settings.output()));
        }
        return new Summary(files.size() - skipped.size(), skipped);
    }

    /**
     * A failed write leaves an empty directory, or one with the attempt's scratch files: it did not exist before the
     * job (checked first), so it is the job's to remove, and nothing half-written stays where the output belongs.
     */
    private static void removeFailedOutput(String output, Configuration hadoop) {
        try {
            Path path = new Path(output);
            path.getFileSystem(hadoop).delete(path, true);
        } catch (IOException | RuntimeException e) {
            // the failure being reported matters more than the leftovers
        }
    }

    /** Spark would refuse too, but only after reading the model and listing the inputs. */
    private static void refuseExisting(String output, Configuration hadoop) {
        try {
            Path path = new Path(output);
            if (path.getFileSystem(hadoop).exists(path)) {
                throw new BadInputException(output + ": already exists; give a new --output path");
            }
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot check the output path: " + e.getMessage(), e);
        }
    }
}
