package whosaid.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each training unit counts. Every voice weighs the same overall, and within a voice every work weighs the
 * same, whatever its length: otherwise one long essay defines a voice, and a large, varied voice (narrator) absorbs
 * the others. Weights are scaled so that a weakly labeled unit counts 1 on average; a hand-labeled unit counts
 * {@code handLabeledWeight}, since it is the kind of text whosaid is for and its label is a person's.
 */
final class TrainingWeights {
    private TrainingWeights() {
    }

    /** One weight per labeled unit, in the order of the passages and their units (unlabeled units skipped). */
    static double[] of(List<FeaturizedPassage> data, List<String> labels, double handLabeledWeight) {
        Map<String, Integer> unitsOfWork = new HashMap<>();
        Map<String, Integer> worksOfVoice = new HashMap<>();
        int weak = 0;
        int total = 0;
        for (FeaturizedPassage p : data) {
            for (String label : p.passage().labels()) {
                if (label == null) {
                    continue;
                }
                total++;
                if (!p.passage().handLabeled()) {
                    weak++;
                    if (unitsOfWork.merge(label + "\u0000" + p.passage().group(), 1, Integer::sum) == 1) {
                        worksOfVoice.merge(label, 1, Integer::sum);
                    }
                }
            }
        }
        double[] weights = new double[total];
        int voices = worksOfVoice.size();
        int r = 0;
        for (FeaturizedPassage p : data) {
            for (String label : p.passage().labels()) {
                if (label == null) {
                    continue;
                }
                weights[r++] = p.passage().handLabeled() ? handLabeledWeight
                        : (double) weak / voices / worksOfVoice.get(label)
                            / unitsOfWork.get(label + "\u0000" + p.passage().group());
            }
        }
        return weights;
    }
}
