package whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import whosaid.train.Classifiers;
import whosaid.train.TrainingOptions;

/** The two baselines every figure is reported beside, so that a score means something. */
public final class Baselines {
    private Baselines() {
    }

    /**
     * Multinomial naive Bayes on the word features alone (the {@code lexical} family, with the training weights of
     * the model it is compared with), no calibration; scored without context: what the other families add.
     */
    public static TrainingOptions naiveBayes(TrainingOptions base) {
        java.util.Set<String> without = new java.util.TreeSet<>(base.without());
        without.add(whosaid.train.TrainingOptions.FRAME); // scored unit by unit: no frame decoding to train
        return base.withClassifier(Classifiers.NAIVE_BAYES).withFamilies(List.of("lexical")).withCalibrationFolds(0)
                .without(without);
    }

    /** The most frequent label of the counts; on ties the first in {@code labels} order. */
    public static String majority(List<String> labels, Map<String, ? extends Number> counts) {
        String best = labels.get(0);
        for (String label : labels) {
            if (count(counts, label) > count(counts, best)) {
                best = label;
            }
        }
        return best;
    }

    private static long count(Map<String, ? extends Number> counts, String label) {
        Number n = counts.get(label);
        return n == null ? 0 : n.longValue();
    }

    /**
     * The majority baseline on the units another system was scored on: each unit gets the majority label of the
     * data its fold trained on. It has no confidence to rank by.
     */
    public static List<Prediction> majority(List<Prediction> tested, Function<Prediction, String> majorityOf) {
        List<Prediction> out = new ArrayList<>(tested.size());
        for (Prediction p : tested) {
            out.add(new Prediction(p.passage(), p.unit(), p.gold(), majorityOf.apply(p), Double.NaN, p.certain(),
                    p.text()));
        }
        return out;
    }
}
