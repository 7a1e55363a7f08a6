package whosaid.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import whosaid.label.LabeledUnit;
import whosaid.text.SpanOverlap;

/**
 * Scores quotation gold spans: each span takes the label of the unit covering most of it, and each sieve's hits,
 * precision and coverage are counted from the cue of that unit.
 */
final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    /** How one sieve did: on how many spans it decided, and how many of those it got right. */
    record SieveCount(String sieve, int fired, int correct) {
    }

    /**
     * @param labeled each source's units as labeled, with context ({@code true}) and alone ({@code false})
     */
    static Design design(String name, String description, List<QuoteGold> spans,
                         Map<String, List<LabeledUnit>> withContext, Map<String, List<LabeledUnit>> alone) {
        return new Design(name, description, List.of(
                new Trial(Trial.MODEL, predictions(spans, withContext)),
                new Trial(Trial.MODEL_ALONE, predictions(spans, alone))));
    }

    static List<Prediction> predictions(List<QuoteGold> spans, Map<String, List<LabeledUnit>> labeled) {
        List<Prediction> out = new ArrayList<>();
        for (Map.Entry<String, List<QuoteGold>> e : bySource(spans).entrySet()) {
            List<LabeledUnit> units = labeled.get(e.getKey());
            if (units == null) {
                continue;
            }
            int[] cover = SpanOverlap.bestCover(e.getValue(), QuoteGold::start, QuoteGold::end, units,
                    u -> u.unit().start(), u -> u.unit().end());
            for (int i = 0; i < cover.length; i++) {
                QuoteGold g = e.getValue().get(i);
                if (cover[i] < 0) {
                    continue;
                }
                LabeledUnit u = units.get(cover[i]);
                // the text column stays empty: corpus text is never copied into reports
                out.add(new Prediction(g.source() + "@" + g.start() + "-" + g.end(), cover[i], g.label(), u.label(),
                        u.confidence(), g.certain(), ""));
            }
        }
        return out;
    }

    /** Per sieve (and "none" where no sieve decided), in the sieves' order, from the units with context. */
    static List<SieveCount> sieves(List<QuoteGold> spans, Map<String, List<LabeledUnit>> withContext) {
        Map<String, int[]> counts = new TreeMap<>(Comparator.comparingInt(QuoteEvaluation::order));
        for (Map.Entry<String, List<QuoteGold>> e : bySource(spans).entrySet()) {
            List<LabeledUnit> units = withContext.get(e.getKey());
            if (units == null) {
                continue;
            }
            int[] cover = SpanOverlap.bestCover(e.getValue(), QuoteGold::start, QuoteGold::end, units,
                    u -> u.unit().start(), u -> u.unit().end());
            for (int i = 0; i < cover.length; i++) {
                if (cover[i] < 0) {
                    continue;
                }
                LabeledUnit u = units.get(cover[i]);
                String sieve = u.cue().attribution() == null ? "none" : u.cue().attribution().sieve().id();
                int[] c = counts.computeIfAbsent(sieve, s -> new int[2]);
                c[0]++;
                if (u.label().equals(e.getValue().get(i).label())) {
                    c[1]++;
                }
            }
        }
        List<SieveCount> out = new ArrayList<>();
        counts.forEach((s, c) -> out.add(new SieveCount(s, c[0], c[1])));
        return out;
    }

    /** One line per sieve for the report: hits, precision and coverage. */
    static List<String> notes(String design, List<SieveCount> counts) {
        int total = counts.stream().mapToInt(SieveCount::fired).sum();
        List<String> notes = new ArrayList<>();
        for (SieveCount c : counts) {
            notes.add(String.format(java.util.Locale.ROOT, "%s: sieve %-13s decided %3d of %d spans (coverage %.1f%%),"
                            + " right on %3d (precision %.3f)", design, c.sieve(), c.fired(), total,
                    100.0 * c.fired() / Math.max(1, total), c.correct(), (double) c.correct() / Math.max(1, c.fired())));
        }
        return notes;
    }

    /**
     * One line per sieve: the accuracy on the spans with every sieve on, and with that sieve switched off (the
     * spans it decided go to the next sieve, or to the classifier).
     *
     * @param without the units of every source labeled again with the given sieves off
     */
    static List<String> ablation(String design, List<QuoteGold> spans, Map<String, List<LabeledUnit>> withContext,
                                 java.util.function.Function<java.util.Set<whosaid.quote.Sieve>,
                                         Map<String, List<LabeledUnit>>> without) {
        double all = accuracy(predictions(spans, withContext));
        List<String> notes = new ArrayList<>();
        for (whosaid.quote.Sieve s : whosaid.quote.Sieve.values()) {
            double off = accuracy(predictions(spans, without.apply(java.util.EnumSet.of(s))));
            notes.add(String.format(java.util.Locale.ROOT, "%s: without sieve %-13s accuracy %.3f (all sieves %.3f, "
                    + "change %+.3f)", design, s.id(), off, all, off - all));
        }
        return notes;
    }

    private static double accuracy(List<Prediction> predictions) {
        long right = predictions.stream().filter(p -> p.gold().equals(p.predicted())).count();
        return (double) right / Math.max(1, predictions.size());
    }

    private static int order(String sieve) {
        for (whosaid.quote.Sieve s : whosaid.quote.Sieve.values()) {
            if (s.id().equals(sieve)) {
                return s.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, List<QuoteGold>> bySource(List<QuoteGold> spans) {
        Map<String, List<QuoteGold>> by = new LinkedHashMap<>();
        spans.stream().sorted(Comparator.comparing(QuoteGold::source).thenComparingInt(QuoteGold::start))
                .forEach(g -> by.computeIfAbsent(g.source(), s -> new ArrayList<>()).add(g));
        return by;
    }
}
