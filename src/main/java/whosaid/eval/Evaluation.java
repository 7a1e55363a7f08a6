package whosaid.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@code whosaid evaluate} run, which every report renders.
 *
 * @param settings how the run was made (model, folds, seed ...), in the order to print them
 * @param notes what a reader must know to trust the figures (gold units that matched no unit, ...)
 * @param goldUnitsInTraining how many gold units the evaluated model trained on (same file or same text)
 */
public record Evaluation(String title, Map<String, String> settings, List<String> labels, List<Design> designs,
                         List<String> notes, long goldUnitsInTraining) {
    public Evaluation(String title, Map<String, String> settings, List<String> labels, List<Design> designs,
                      List<String> notes) {
        this(title, settings, labels, designs, notes, 0);
    }

    /** The banner every report shows when gold units were in the model's training data. */
    public String memoryWarning() {
        return goldUnitsInTraining == 0 ? "" : "WARNING: " + goldUnitsInTraining + " gold units were in the model's "
                + "training data: figures over them measure memory, not accuracy. Read the part 'gold units the model "
                + "never trained on' (where there is one), or train a model without these units (leave their file "
                + "out of --data; their text out of the corpus) and evaluate that model";
    }

    public Evaluation {
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        labels = List.copyOf(labels);
        designs = List.copyOf(designs);
        notes = List.copyOf(notes);
    }
}
