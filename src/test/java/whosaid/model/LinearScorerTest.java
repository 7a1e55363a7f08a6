package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.core.Instances;
import whosaid.features.FeatureSpace;
import whosaid.features.Featurizer;
import whosaid.features.SparseFeatures;
import whosaid.features.SparseVector;
import whosaid.io.SpeakersCsv;
import whosaid.text.Segmenter;
import whosaid.train.Classifiers;
import whosaid.train.LabeledPassage;
import whosaid.train.TrainingData;
import whosaid.train.TrainingOptions;

/** The fast path scores the seed passage exactly as the Weka classifier it was read out of. */
class LinearScorerTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");
    private static FeatureSpace space;
    private static Instances header;
    private static final List<SparseVector> SEED = new ArrayList<>();
    private static Instances train;

    @BeforeAll
    static void featurizeTheSeed() {
        List<LabeledPassage> seed = TrainingData.handLabeled(List.of("data/labeled/seed.csv"), Set.copyOf(LABELS),
                new Segmenter(), whosaid.io.Anchoring.check());
        Featurizer featurizer = new Featurizer(SpeakersCsv.read(Path.of("data/speakers.csv")),
                TrainingOptions.defaults().families());
        List<SparseFeatures> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        List<SparseFeatures> all = new ArrayList<>();
        for (LabeledPassage p : seed) {
            List<SparseFeatures> features = featurizer.featurize(p.units()).features();
            all.addAll(features);
            for (int i = 0; i < features.size(); i++) {
                if (p.labels().get(i) != null) {
                    rows.add(features.get(i));
                    classes.add(LABELS.indexOf(p.labels().get(i)));
                }
            }
        }
        space = FeatureSpace.build(rows, 1, Integer.MAX_VALUE);
        header = WekaBridge.header(space, LABELS);
        train = new Instances(header, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            // uneven instance weights, as training gives them
            train.add(WekaBridge.instance(header, space.vectorize(rows.get(r)), classes.get(r), 1 + r % 3));
        }
        all.forEach(f -> SEED.add(space.vectorize(f)));
    }

    private static Classifier trained(Classifier classifier) throws Exception {
        classifier.buildClassifier(train);
        return classifier;
    }

    @Test
    void givesWekasNaiveBayesPosteriorsOnEverySeedUnitTo1e9() throws Exception {
        Classifier weka = trained(new NaiveBayesMultinomial());
        LinearScorer fast = LinearScorer.readOut(weka, header).orElseThrow();
        assertThat(SEED).hasSizeGreaterThan(250);
        int uncertain = 0;
        for (SparseVector v : SEED) {
            double[] expected = weka.distributionForInstance(WekaBridge.instance(header, v, -1, 1));
            double[] actual = fast.posteriors(v);
            for (int c = 0; c < LABELS.size(); c++) {
                assertThat(actual[c]).isCloseTo(expected[c], within(1e-9));
            }
            uncertain += expected[whosaid.Argmax.of(expected)] < 0.99 ? 1 : 0;
        }
        assertThat(uncertain).as("units whose posteriors are not all at 0 or 1, where rounding would show").isPositive();
        assertThat(fast.agrees(weka, header, SEED)).isTrue();
    }

    @Test
    void aClassifierThatIsNotLogLinearIsCaught() throws Exception {
        // LIBLINEAR's logistic regression normalises one-against-the-rest sigmoids: not a softmax of linear scores
        Classifier liblinear = Classifiers.forSpec("weka.classifiers.functions.LibLINEAR -S 0 -P");
        Instances unweighted = new Instances(train);
        unweighted.forEach(i -> i.setWeight(1)); // LIBLINEAR takes no instance weights
        liblinear.buildClassifier(unweighted);
        boolean linear = LinearScorer.readOut(liblinear, header).map(s -> s.agrees(liblinear, header, SEED)).orElse(false);
        assertThat(linear).isFalse();
    }

    @Test
    void posteriorsAreAProbabilityDistributionEvenForExtremeScores() {
        LinearScorer scorer = new LinearScorer(new double[] {800, -800, 0, 1}, new double[] {0, 0});
        double[] p = scorer.posteriors(new SparseVector(new int[] {0, 1}, new double[] {1, 1}));
        assertThat(p).containsExactly(new double[] {1, Math.exp(-1599)}, within(1e-300));
        assertThat(p[0] + p[1]).isEqualTo(1.0);
    }
}
