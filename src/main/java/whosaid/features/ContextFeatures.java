package whosaid.features;

import java.util.List;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * What surrounds a unit: its neighbours' cues (a quotation introduced two sentences ago may still be going on),
 * the speaker the previous unit names as its subject, and the unit's position in its paragraph.
 */
public final class ContextFeatures implements FeatureExtractor {
    @Override
    public String family() {
        return "context";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        Unit unit = passage.get(index).unit();
        neighbour(passage, index - 1, unit.paragraph(), "ctx:prev_", sink);
        neighbour(passage, index + 1, unit.paragraph(), "ctx:next_", sink);
        openQuotation(passage, index, sink);
        position(passage, index, sink);
    }

    private static void neighbour(List<AnalyzedUnit> passage, int i, int paragraph, String prefix, FeatureSink sink) {
        if (i < 0 || i >= passage.size() || passage.get(i).unit().paragraph() != paragraph) {
            sink.set(prefix + "none", 1);
            return;
        }
        AnalyzedUnit n = passage.get(i);
        sink.set(prefix + "kind_" + n.unit().kind().name().toLowerCase(java.util.Locale.ROOT), 1);
        if (!n.introducedSpeaker().isEmpty()) {
            sink.set(prefix + "introduces_" + n.introducedSpeaker(), 1);
        }
        if (!n.namedSpeakers().isEmpty()) {
            sink.set(prefix + "subject_" + n.namedSpeakers().get(0), 1);
        }
    }

    /** A colon or marked quotation earlier in the paragraph, with whom it was attributed to, may still be running. */
    private static void openQuotation(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        int paragraph = passage.get(index).unit().paragraph();
        for (int i = index - 1, distance = 1; i >= 0 && distance <= 3; i--, distance++) {
            AnalyzedUnit earlier = passage.get(i);
            if (earlier.unit().paragraph() != paragraph) {
                return;
            }
            if (earlier.unit().kind() == UnitKind.QUOTATION) {
                String speaker = earlier.quotedSpeaker(); // whom the rule sieves found it quotes, if anyone
                sink.set("ctx:after_quote_" + distance, 1);
                if (!speaker.isEmpty()) {
                    sink.set("ctx:after_quote_of_" + speaker, 1.0 / distance);
                }
                return;
            }
        }
    }

    private static void position(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        Paragraphs bounds = Paragraphs.of(passage);
        int first = bounds.first[index];
        int last = bounds.last[index];
        int size = last - first + 1;
        if (size == 1) {
            sink.set("ctx:alone_in_paragraph", 1);
        } else {
            sink.set(index == first ? "ctx:first_in_paragraph" : index == last ? "ctx:last_in_paragraph"
                    : "ctx:inside_paragraph", 1);
        }
        sink.set("ctx:paragraph_size_log", Math.log(size) / 4);
    }

    /**
     * The first and last unit of each unit's paragraph, computed once per passage (per thread) rather than by
     * walking the paragraph for every unit, which made one long paragraph cost the square of its length.
     */
    private static final class Paragraphs {
        private static final ThreadLocal<Paragraphs> LAST = new ThreadLocal<>();
        private final List<AnalyzedUnit> passage;
        private final int[] first;
        private final int[] last;

        private Paragraphs(List<AnalyzedUnit> passage) {
            this.passage = passage;
            int n = passage.size();
            first = new int[n];
            last = new int[n];
            for (int i = 0; i < n; i++) {
                boolean starts = i == 0 || passage.get(i - 1).unit().paragraph() != passage.get(i).unit().paragraph();
                first[i] = starts ? i : first[i - 1];
            }
            for (int i = n - 1; i >= 0; i--) {
                boolean ends = i == n - 1 || passage.get(i + 1).unit().paragraph() != passage.get(i).unit().paragraph();
                last[i] = ends ? i : last[i + 1];
            }
        }

        static Paragraphs of(List<AnalyzedUnit> passage) {
            Paragraphs cached = LAST.get();
            if (cached == null || cached.passage != passage) {
                cached = new Paragraphs(passage);
                LAST.set(cached);
            }
            return cached;
        }
    }
}
