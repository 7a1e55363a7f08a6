package whosaid.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@code whosaid evaluate} run, which every report renders.
 *
 * @param settings how the run was made (model, folds, seed ...), in the order to print them
 * @param notes what a reader must know to trust the figures (gold units that matched no unit, ...)
 */
public record Evaluation(String title, Map<String, String> settings, List<String> labels, List<Design> designs,
                         List<String> notes) {
    public Evaluation {
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        labels = List.copyOf(labels);
        designs = List.copyOf(designs);
        notes = List.copyOf(notes);
    }
}
