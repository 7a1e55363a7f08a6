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
        if (!(p > 0 && p < 1000)) { // zero keeps its sign, NaN its name; 10^4 p stays exact to 1e-9 below 1000
            return String.format(java.util.Locale.ROOT, "%.4f", p);
        }
        // The same digits as String.format("%.4f"), which rounds Double.toString's digits half up. Scaled by 10^4,
        // a value whose fraction is not near one half rounds the same way whatever its last digits; only those
        // near a tie go the slow, exact way (the formatter looks up locale data on every call).
        double scaled = p * 10_000;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return java.math.BigDecimal.valueOf(p).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
        long decimals = rounded % 10_000;
        StringBuilder out = new StringBuilder(12).append(rounded / 10_000).append('.');
        for (long digit = 1000; digit > 0; digit /= 10) {
            out.append((char) ('0' + decimals / digit % 10));
        }
        return out.toString();
    }
}
