package whosaid.train;

import java.util.List;
import whosaid.text.Unit;

/**
 * A passage cut into units with a label for each unit that may be trained on.
 *
 * @param group what must never be split across training and test folds: the work, or the hand-labeled passage
 * @param labels the label of each unit, or {@code null} for a unit left out of training (a quotation inside a
 *     weakly labeled work is not the author's words)
 * @param certain whether the annotator was sure of each unit's label
 * @param handLabeled whether the labels are a person's (a real passage whose voices switch), not a folder's
 */
public record LabeledPassage(String id, String group, List<Unit> units, List<String> labels, List<Boolean> certain,
                             boolean handLabeled) {
    public LabeledPassage {
        units = List.copyOf(units);
        labels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labels));
        certain = List.copyOf(certain);
        if (labels.size() != units.size() || certain.size() != units.size()) {
            throw new IllegalArgumentException("one label and one certainty per unit");
        }
    }
}
