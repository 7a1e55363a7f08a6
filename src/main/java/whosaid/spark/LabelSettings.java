package whosaid.spark;

import java.nio.charset.Charset;
import java.util.List;
import whosaid.label.BatchLabeling;

/**
 * What one labeling job was asked to do.
 *
 * @param partitions how many tasks to cut the passages into, or null for three per core of the cluster
 */
record LabelSettings(String model, List<String> inputs, String output, String format, BatchLabeling.OnError onError,
                     boolean context, Charset charset, Integer partitions) {
    static final List<String> FORMATS = List.of("csv", "jsonl", "parquet");

    LabelSettings {
        inputs = List.copyOf(inputs);
    }
}
