package whosaid.features;

import java.util.List;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * What surrounds a unit: its neighbours' kinds (a quotation two sentences ago may still be going on), the speaker
 * the previous unit names first, and the unit's position in its paragraph; never the quotation sieves' verdicts.
 */
public final class ContextFeatures implements FeatureExtractor {
    @Override
    public String family() {
        return "context";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        Unit unit = passage.get(index).unit();
        neighbour(passage, index - 1, unit.paragraph(), PREVIOUS, sink);
        neighbour(passage, index + 1, unit.paragraph(), NEXT, sink);
        openQuotation(passage, index, sink);
        position(passage, index, sink);
    }

    /** The features of one neighbour ("ctx:prev_" or "ctx:next_"), their ids made once. */
    private record Neighbour(String prefix, int none, int[] kind) {
        Neighbour(String prefix) {
            this(prefix, FeatureIds.named(prefix, "none"), CueFeatures.kindIds(prefix + "kind_"));
        }
    }

    private static final Neighbour PREVIOUS = new Neighbour("ctx:prev_");
    private static final Neighbour NEXT = new Neighbour("ctx:next_");
    private static final int[] AFTER_QUOTE = {0, FeatureIds.named("ctx:after_quote_1"),
            FeatureIds.named("ctx:after_quote_2"), FeatureIds.named("ctx:after_quote_3")};
    private static final int ALONE = FeatureIds.named("ctx:alone_in_paragraph");
    private static final int FIRST = FeatureIds.named("ctx:first_in_paragraph");
    private static final int LAST = FeatureIds.named("ctx:last_in_paragraph");
    private static final int INSIDE = FeatureIds.named("ctx:inside_paragraph");
    private static final int SIZE = FeatureIds.named("ctx:paragraph_size_log");

    private static void neighbour(List<AnalyzedUnit> passage, int i, int paragraph, Neighbour f, FeatureSink sink) {
        if (i < 0 || i >= passage.size() || passage.get(i).unit().paragraph() != paragraph) {
            sink.set(f.none(), 1);
            return;
        }
        AnalyzedUnit n = passage.get(i);
        sink.set(f.kind()[n.unit().kind().ordinal()], 1);
        if (!n.namedSpeakers().isEmpty()) {
            sink.set(FeatureIds.named(f.prefix(), "subject_", n.namedSpeakers().get(0)), 1);
        }
    }

    /** A colon or marked quotation earlier in the paragraph may still be running. */
    private static void openQuotation(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        int paragraph = passage.get(index).unit().paragraph();
        for (int i = index - 1, distance = 1; i >= 0 && distance <= 3; i--, distance++) {
            AnalyzedUnit earlier = passage.get(i);
            if (earlier.unit().paragraph() != paragraph) {
                return;
            }
            if (earlier.unit().kind() == UnitKind.QUOTATION) {
                sink.set(AFTER_QUOTE[distance], 1);
                return;
            }
        }
    }

    private static void position(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        int first = unit.paragraphFirst();
        int last = unit.paragraphLast();
        int size = last - first + 1;
        if (size == 1) {
            sink.set(ALONE, 1);
        } else {
            sink.set(index == first ? FIRST : index == last ? LAST : INSIDE, 1);
        }
        sink.set(SIZE, Math.log(size) / 4);
    }
}
