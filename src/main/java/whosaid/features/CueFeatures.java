package whosaid.features;

import java.util.List;
import whosaid.text.Unit;

/**
 * Evidence of quoting in the text itself: the unit's kind (introducer, quotation), quotation marks, a colon
 * introducer, and which speakers the unit names. Whom the quotation sieves attribute a quotation to is not a feature:
 * the sieves decide after the classifier, and their verdict as a feature too would count it twice.
 */
public final class CueFeatures implements FeatureExtractor {
    private static final int[] KIND = kindIds("cue:kind_");
    private static final int ENDS_COLON = FeatureIds.named("cue:ends_colon");

    /** One id per unit kind: {@code prefix + "sentence"}, {@code prefix + "quotation"}, ... */
    static int[] kindIds(String prefix) {
        return java.util.Arrays.stream(whosaid.text.UnitKind.values())
                .mapToInt(k -> FeatureIds.named(prefix, k.name().toLowerCase(java.util.Locale.ROOT))).toArray();
    }

    @Override
    public String family() {
        return "cues";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        Unit u = unit.unit();
        sink.set(KIND[u.kind().ordinal()], 1);
        for (String cue : u.segmentCue().split(";")) {
            if (!cue.isEmpty()) {
                sink.set(FeatureIds.named("cue:segment_", cue), 1);
            }
        }
        if (u.text().strip().endsWith(":")) {
            sink.set(ENDS_COLON, 1);
        }
        for (String named : unit.namedSpeakers()) {
            sink.set(FeatureIds.named("cue:names_", named), 1);
        }
    }
}
