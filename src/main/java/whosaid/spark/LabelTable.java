package whosaid.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import whosaid.label.LabelColumns;
import whosaid.label.LabelWriter;
import whosaid.label.LabeledUnit;

/**
 * Turns a partition's passage files into the output: text chunks written by the CLI's own writers (CSV, JSON Lines:
 * byte for byte what {@code whosaid label} writes for those passages, a CSV header opening each part file), or
 * typed rows for Parquet with the same columns and values.
 */
final class LabelTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PassageLabeling labeling;
    private final List<String> labels;

    LabelTable(PassageLabeling labeling, List<String> labels) {
        this.labeling = labeling;
        this.labels = List.copyOf(labels);
    }

    /** The Parquet schema: the CLI's columns; whole numbers as int, probabilities as double. */
    static StructType schema(List<String> labels) {
        List<StructField> fields = new ArrayList<>();
        for (LabelColumns.Column column : LabelColumns.of(labels)) {
            DataType type = switch (column.kind()) {
                case TEXT -> DataTypes.StringType;
                case INTEGER -> DataTypes.IntegerType;
                case PROBABILITY -> DataTypes.DoubleType;
            };
            // the frame columns are empty for a passage not decoded by frame
            boolean nullable = column.name().startsWith("frame") || column.name().startsWith("section");
            fields.add(DataTypes.createStructField(column.name(), type, nullable));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * One chunk per passage with rows (its records, without the last line end, which the text writer adds), the
     * first chunk of the partition opened by the format's header if it has one. Lazy: one passage in memory at once.
     */
    Iterator<String> text(Iterator<String> files, String format) throws IOException {
        StringBuilder out = new StringBuilder();
        LabelWriter writer = LabelWriter.of(format, out, labels);
        return new Chunks<>(files) {
            @Override
            void add(List<LabeledUnit> units, List<String> into) {
                try {
                    writer.write(units);
                    writer.close(); // flushes what the format buffers, and leaves the writer usable on a builder
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringBuilder does not fail
                }
                if (!units.isEmpty()) {
                    into.add(out.substring(0, out.length() - 1));
                    out.setLength(0);
                }
            }
        };
    }

    /** One row per unit, the probabilities the numbers the CSV shows (four decimals). */
    Iterator<Row> rows(Iterator<String> files) {
        List<LabelColumns.Column> columns = LabelColumns.of(labels);
        return new Chunks<>(files) {
            @Override
            void add(List<LabeledUnit> units, List<Row> into) {
                for (LabeledUnit unit : units) {
                    List<Object> values = LabelColumns.values(unit);
                    Object[] row = new Object[values.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = columns.get(i).kind() == LabelColumns.Kind.PROBABILITY && values.get(i) != null
                                ? Double.valueOf((String) values.get(i)) : values.get(i);
                    }
                    into.add(RowFactory.create(row));
                }
            }
        };
    }

    /** Labels one file at a time as the consumer asks for more, buffering one passage's output. */
    private abstract class Chunks<T> implements Iterator<T> {
        private final Iterator<String> files;
        private final List<T> pending = new ArrayList<>();
        private int next;

        Chunks(Iterator<String> files) {
            this.files = files;
        }

        abstract void add(List<LabeledUnit> units, List<T> into);

        @Override
        public boolean hasNext() {
            while (next == pending.size() && files.hasNext()) {
                pending.clear();
                next = 0;
                add(labeling.label(files.next()), pending);
            }
            return next < pending.size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.get(next++);
        }
    }
}
