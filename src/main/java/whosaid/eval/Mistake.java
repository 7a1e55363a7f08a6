package whosaid.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A misattributed unit with the units before and after it, which a reader needs to judge the mistake. */
public record Mistake(Prediction prediction, String previous, String next) {
    /**
     * The wrong predictions, most confident first (the ones a threshold would not catch), at most {@code limit}.
     * Neighbours are the adjacent scored units of the same passage, in the order the predictions come in.
     */
    public static List<Mistake> mostConfident(List<Prediction> predictions, int limit) {
        List<Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            if (!p.correct()) {
                mistakes.add(new Mistake(p, neighbour(predictions, i, i - 1), neighbour(predictions, i, i + 1)));
            }
        }
        mistakes.sort(Comparator.comparingDouble((Mistake m) -> Double.isNaN(m.prediction().confidence())
                ? 0 : m.prediction().confidence()).reversed());
        return mistakes.size() > limit ? List.copyOf(mistakes.subList(0, limit)) : mistakes;
    }

    private static String neighbour(List<Prediction> predictions, int i, int j) {
        return j >= 0 && j < predictions.size() && predictions.get(j).passage().equals(predictions.get(i).passage())
                ? predictions.get(j).text() : "";
    }
}
