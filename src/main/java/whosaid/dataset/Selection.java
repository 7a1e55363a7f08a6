package whosaid.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import whosaid.io.BadInputException;

/**
 * Which units go into a dataset: filters first (quotations only, confidence bounds), then at most one of a random
 * sample or the units the model is least sure of; the rows chosen are put back in reading order.
 *
 * @param sample how many units to draw at random, or null for no sampling
 * @param stratify draw the sample evenly over the predicted labels
 * @param uncertain how many of the least certain units to keep, or null
 * @param minConfidence keep units whose confidence is at least this, or null
 * @param maxConfidence keep units whose confidence is at most this, or null
 * @param exclude units to leave out, already annotated ({@link #key}): chosen before any sampling
 */
public record Selection(Integer sample, long seed, boolean stratify, Integer uncertain, Uncertainty measure,
                        Double minConfidence, Double maxConfidence, boolean quotesOnly, java.util.Set<String> exclude) {
    public Selection(Integer sample, long seed, boolean stratify, Integer uncertain, Uncertainty measure,
                     Double minConfidence, Double maxConfidence, boolean quotesOnly) {
        this(sample, seed, stratify, uncertain, measure, minConfidence, maxConfidence, quotesOnly, java.util.Set.of());
    }

    /** The key {@link #exclude} holds for a unit: its passage and where it is in the text. */
    public static String key(String passage, int start, int end) {
        return passage + "\u0000" + start + "\u0000" + end;
    }

    private static final Comparator<DatasetRow> READING_ORDER =
            Comparator.comparingInt(DatasetRow::passageOrder).thenComparingInt(DatasetRow::unit);

    public Selection {
        if (sample != null && uncertain != null) {
            throw new BadInputException("--sample and --uncertain cannot be combined: choose one way to select");
        }
        if (stratify && sample == null) {
            throw new BadInputException("--stratify needs --sample N");
        }
        atLeastOne("--sample", sample);
        atLeastOne("--uncertain", uncertain);
        probability("--min-confidence", minConfidence);
        probability("--max-confidence", maxConfidence);
        if (minConfidence != null && maxConfidence != null && minConfidence > maxConfidence) {
            throw new BadInputException("--min-confidence " + minConfidence + " is above --max-confidence "
                    + maxConfidence);
        }
    }

    /** Every unit. */
    public static Selection all() {
        return new Selection(null, 1, false, null, Uncertainty.MARGIN, null, null, false);
    }

    public static Uncertainty measure(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "margin" -> Uncertainty.MARGIN;
            case "entropy" -> Uncertainty.ENTROPY;
            default -> throw new BadInputException("--uncertainty must be margin or entropy, not '" + name + "'");
        };
    }

    public List<DatasetRow> select(List<DatasetRow> rows) {
        List<DatasetRow> kept = rows.stream().filter(this::passesFilters).toList();
        List<DatasetRow> chosen;
        if (uncertain != null) {
            chosen = leastCertain(kept, uncertain, measure);
        } else if (sample != null) {
            chosen = stratify ? Sampling.stratified(kept, sample, seed) : Sampling.random(kept, sample, seed);
        } else {
            chosen = kept;
        }
        List<DatasetRow> ordered = new ArrayList<>(chosen);
        ordered.sort(READING_ORDER);
        return ordered;
    }

    private boolean passesFilters(DatasetRow row) {
        return !exclude.contains(key(row.passage(), row.labeled().unit().start(), row.labeled().unit().end()))
                && (!quotesOnly || row.isQuotation())
                && (minConfidence == null || row.confidence() >= minConfidence)
                && (maxConfidence == null || row.confidence() <= maxConfidence);
    }

    /** The {@code n} most uncertain rows; among equally uncertain ones, the earlier in reading order. */
    static List<DatasetRow> leastCertain(List<DatasetRow> rows, int n, Uncertainty measure) {
        return rows.stream()
                .sorted(Comparator.comparingDouble((DatasetRow r) -> -measure.of(r.labeled().probabilities()))
                        .thenComparing(READING_ORDER))
                .limit(n)
                .toList();
    }

    private static void atLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw new BadInputException(option + " must be at least 1, not " + value);
        }
    }

    private static void probability(String option, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new BadInputException(option + " must be between 0 and 1, not " + value);
        }
    }
}
