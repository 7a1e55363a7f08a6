package whosaid.train;

import java.util.List;
import java.util.Map;
import whosaid.decode.Calibration;
import whosaid.decode.ChainFit;
import whosaid.features.AnalyzedUnit;
import whosaid.model.FrameClassifier;
import whosaid.model.FrameDecoding;
import whosaid.model.WhosaidModel;
import whosaid.quote.ClassifierSieves;

/**
 * A passage's predictions by a model that never saw its group: its analysed units, raw posteriors, the true label
 * index (-1 for a unit not to be scored), and paragraph breaks; the passage itself, and the fold's model.
 */
record HeldOutPassage(boolean handLabeled, List<AnalyzedUnit> units, double[][] posteriors, int[] truth,
                      boolean[] breaks, FeaturizedPassage source, WhosaidModel model, int fold) {
    static HeldOutPassage of(FeaturizedPassage p, WhosaidModel model, List<String> labels, int fold) {
        int n = p.passage().units().size();
        double[][] posteriors = new double[n][];
        int[] truth = new int[n];
        boolean[] breaks = new boolean[n];
        for (int i = 0; i < n; i++) {
            posteriors[i] = Posteriors.of(model, p.featurized().features().get(i));
            String label = p.passage().labels().get(i);
            truth[i] = label == null ? -1 : labels.indexOf(label);
            breaks[i] = i > 0 && p.passage().units().get(i).paragraph() != p.passage().units().get(i - 1).paragraph();
        }
        return new HeldOutPassage(p.passage().handLabeled(), p.featurized().units(), posteriors, truth, breaks, p,
                model, fold);
    }

    void addScored(List<Calibration.HeldOut> into) {
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] >= 0) {
                into.add(new Calibration.HeldOut(posteriors[i], truth[i]));
            }
        }
    }

    /** The passage as frame decoding reads it, calibrated and sieved as labeling would see it. */
    FrameFit.Sequence frameSequence(Calibration calibration, ClassifierSieves sieves, FrameClassifier classifier,
                                    List<String> labels) {
        int n = truth.length;
        double[][] calibrated = new double[n][];
        for (int i = 0; i < n; i++) {
            calibrated[i] = calibration.apply(posteriors[i]);
        }
        ClassifierSieves.Sieved sieved = sieves.apply(units.stream().map(AnalyzedUnit::unit).toList(),
                units.stream().map(AnalyzedUnit::cue).toList(), calibrated);
        FrameDecoding ready = FrameDecoding.of(units,
                source.featurized().features().stream().map(model.space()::resolve).toList(), sieved, labels,
                model.otherLabel(), model.frame().headingProbability(), Map.of());
        return new FrameFit.Sequence(handLabeled ? FrameFit.HAND_LABELED : "works", ready, model.space(), classifier, truth);
    }

    /**
     * The sequence of at most {@code maxUnits} first units, calibrated and sieved as labeling would see it, for
     * fitting the voice chain.
     */
    ChainFit.Sequence sequence(Calibration calibration, ClassifierSieves sieves, int maxUnits) {
        int n = handLabeled ? truth.length : Math.min(truth.length, maxUnits);
        double[][] calibrated = new double[n][];
        for (int i = 0; i < n; i++) {
            calibrated[i] = calibration.apply(posteriors[i]);
        }
        List<AnalyzedUnit> head = units.subList(0, n);
        ClassifierSieves.Sieved sieved = sieves.apply(head.stream().map(AnalyzedUnit::unit).toList(),
                head.stream().map(AnalyzedUnit::cue).toList(), calibrated);
        return new ChainFit.Sequence(handLabeled ? "hand-labeled" : "works", sieved.emissions(),
                java.util.Arrays.copyOf(breaks, n), sieved.fixed(), java.util.Arrays.copyOf(truth, n));
    }
}
