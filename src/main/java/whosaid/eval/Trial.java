package whosaid.eval;

import java.util.List;

/** What one system predicted for the gold units of one test design. */
public record Trial(String system, List<Prediction> predictions) {
    public static final String MODEL = "model";
    public static final String MODEL_ALONE = "model, units alone";
    public static final String MAJORITY = "majority label";
    public static final String NAIVE_BAYES = "naive Bayes, bag of words";

    public Trial {
        predictions = List.copyOf(predictions);
    }
}
