package whosaid.eval;

import java.util.List;

/**
 * Every figure of one system on one set of gold units.
 *
 * @param coverage accuracy at confidence thresholds; empty when the predictions carry no confidence (two label
 *     files compared)
 * @param meanConfidence the mean confidence of the predicted labels: above the accuracy means over-confident
 * @param reliability accuracy against confidence, bin by bin, and the expected calibration error
 */
public record Figures(ConfusionMatrix confusion, Coverage coverage, Mean meanConfidence, Reliability reliability) {
    /** Figures over the predictions, or over those whose gold label is certain only. */
    public static Figures of(List<Prediction> predictions, List<String> labels, boolean certainOnly) {
        ConfusionMatrix confusion = new ConfusionMatrix(labels);
        Coverage coverage = new Coverage();
        Mean confidence = new Mean();
        Reliability reliability = new Reliability();
        for (Prediction p : predictions) {
            if (certainOnly && !p.certain()) {
                continue;
            }
            confusion.add(p.gold(), p.predicted());
            if (!Double.isNaN(p.confidence())) {
                coverage.add(p.confidence(), p.correct());
                confidence.add(p.confidence());
                reliability.add(p.confidence(), p.correct());
            }
        }
        return new Figures(confusion, coverage, confidence, reliability);
    }

    public boolean hasConfidence() {
        return coverage.total() > 0;
    }
}
