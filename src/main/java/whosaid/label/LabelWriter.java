package whosaid.label;

import java.io.IOException;
import java.util.List;
import whosaid.io.BadInputException;

/** Writes labeled units in one output format, passage after passage. */
public interface LabelWriter extends AutoCloseable {
    void write(List<LabeledUnit> units) throws IOException;

    /** Called once every passage was written, and only then (not when the run failed). */
    default void finish() throws IOException {
    }

    @Override
    void close() throws IOException;

    static LabelWriter of(String format, Appendable out, List<String> labels) throws IOException {
        return switch (format) {
            case "csv" -> new CsvLabelWriter(out, labels);
            case "jsonl" -> new JsonlLabelWriter(out, labels);
            case "html" -> new HtmlLabelWriter(out, labels);
            default -> throw new BadInputException("--format must be csv, jsonl or html, not '" + format + "'");
        };
    }

    /** Probabilities and confidence with four decimals: enough to rank, and stable across platforms. */
    static String probability(double p) {
        if (!(p > 0 && p < Double.POSITIVE_INFINITY)) { // zero keeps its sign, NaN its name
            return String.format(java.util.Locale.ROOT, "%.4f", p);
        }
        // The same digits as String.format("%.4f"), which rounds Double.toString's digits half up, at a fraction of
        // its cost: the formatter looks up locale data on every call, and labeling writes five numbers per unit.
        return java.math.BigDecimal.valueOf(p).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
