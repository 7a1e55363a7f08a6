package whosaid.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The passages left out under {@code --on-error skip}, with their reasons: a one-file CSV table
 * ({@code passage,reason}) in {@code OUTPUT/_skipped}, where readers of the output's part files do not see it
 * (Spark and Hadoop skip names starting with {@code _}).
 */
final class SkippedTable {
    static final String DIRECTORY = "_skipped";
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("passage", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    private SkippedTable() {
    }

    /**
     * One row per skipped passage, sorted by passage: a retried task reports its passages again, so they are
     * counted here by name.
     */
    static List<SkippedPassage> distinct(List<SkippedPassage> reported) {
        Map<String, SkippedPassage> byPassage = new TreeMap<>();
        reported.forEach(s -> byPassage.putIfAbsent(s.passage(), s));
        return List.copyOf(byPassage.values());
    }

    static String path(String output) {
        return output.replaceAll("/+$", "") + "/" + DIRECTORY;
    }

    static void write(SparkSession spark, List<SkippedPassage> skipped, String output) {
        List<Row> rows = skipped.stream().map(s -> RowFactory.create(s.passage(), s.reason())).toList();
        spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .option("header", "true").option("escape", "\"") // RFC 4180 quoting, as the CLI's CSV
                .csv(path(output));
    }
}
