package whosaid.features;

import java.util.List;
import whosaid.text.Unit;

/**
 * Rule evidence of quoting: the unit's kind (introducer, quotation), quotation marks, a colon introducer, a speech
 * verb with a named speaker ("Lenin writes:"), and which speakers the unit names.
 */
public final class CueFeatures implements FeatureExtractor {
    @Override
    public String family() {
        return "cues";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        Unit u = unit.unit();
        sink.set("cue:kind_" + u.kind().name().toLowerCase(java.util.Locale.ROOT), 1);
        for (String cue : u.segmentCue().split(";")) {
            if (!cue.isEmpty()) {
                sink.set("cue:segment_" + cue, 1);
            }
        }
        if (!unit.introducedSpeaker().isEmpty()) {
            sink.set("cue:introduces_" + unit.introducedSpeaker(), 1);
        }
        if (!unit.quotedSpeaker().isEmpty()) {
            sink.set("cue:quoting_" + unit.quotedSpeaker(), 1);
        }
        if (u.text().strip().endsWith(":")) {
            sink.set("cue:ends_colon", 1);
        }
        for (String named : unit.namedSpeakers()) {
            sink.set("cue:names_" + named, 1);
        }
    }
}
