package whosaid.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import whosaid.features.FeatureSpace;
import whosaid.features.PooledFeatures;
import whosaid.features.SparseVector;
import whosaid.model.FrameClassifier;
import whosaid.text.Unit;

/**
 * Trains the {@link FrameClassifier}: a linear SVM (LIBLINEAR, L2-regularised, squared hinge loss, one class
 * against the rest) over documents of about
 * {@link #CHUNK} characters cut from each voice's own words in the training passages.
 *
 * <p>Every voice weighs the same; within a voice a work counts by its size, up to {@link #MAX_CHUNKS_PER_WORK}
 * documents, so that neither a 5 KB article nor one long memoir defines a voice. Each writer of "anyone else" is a
 * class of its own (named by the file name's first word: "wikipedia", "plekhanov"), mapped back to that voice.
 */
public final class FrameTrainer {
    /** Characters of own words per training document: enough for a writer's habits to show. */
    public static final int CHUNK = 2000;
    /** The shortest remainder of a passage kept as a document of its own. */
    static final int MIN_CHUNK = 500;
    static final int MAX_CHUNKS_PER_WORK = 40;
    /** LIBLINEAR's cost. */
    static final double COST = 0.3;

    private final List<String> labels;
    private final String otherLabel;
    private final SolverType solver;
    private final double cost;

    /** @param otherLabel the label of "anyone else", whose writers are trained apart; null if there is none */
    public FrameTrainer(List<String> labels, String otherLabel) {
        this(labels, otherLabel, SolverType.L2R_L2LOSS_SVC_DUAL, COST);
    }

    public FrameTrainer(List<String> labels, String otherLabel, SolverType solver, double cost) {
        this.labels = List.copyOf(labels);
        this.otherLabel = otherLabel;
        this.solver = solver;
        this.cost = cost;
    }

    /** One training document: a chunk of one writer's own words. */
    public record Document(String cls, int voice, String group, SparseVector vector) {
    }

    /** Own words: labeled units that are not quotations. */
    static boolean own(Unit unit, String label) {
        return label != null && !unit.isQuotation();
    }

    /** The documents cut from passages, in passage order, at most {@link #MAX_CHUNKS_PER_WORK} per work and class. */
    public List<Document> documents(List<FeaturizedPassage> data, FeatureSpace space) {
        List<Document> out = new ArrayList<>();
        PooledFeatures pool = new PooledFeatures(space);
        for (FeaturizedPassage p : data) {
            Map<String, List<Integer>> unitsOf = new TreeMap<>();
            for (int i = 0; i < p.passage().units().size(); i++) {
                String label = p.passage().labels().get(i);
                if (own(p.passage().units().get(i), label) && labels.contains(label)) {
                    unitsOf.computeIfAbsent(label, l -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> e : unitsOf.entrySet()) {
                List<Document> docs = new ArrayList<>();
                String cls = classOf(e.getKey(), p.passage().group());
                int voice = labels.indexOf(e.getKey());
                for (int i : e.getValue()) {
                    Unit u = p.passage().units().get(i);
                    pool.add(p.featurized().features().get(i), u.text().length());
                    if (pool.characters() >= CHUNK) {
                        docs.add(new Document(cls, voice, p.passage().group(), pool.takeAscending()));
                    }
                }
                if (pool.characters() >= MIN_CHUNK || (docs.isEmpty() && pool.characters() > 0)) {
                    docs.add(new Document(cls, voice, p.passage().group(), pool.takeAscending()));
                } else {
                    pool.clear(); // too short to be a document of its own
                }
                out.addAll(spread(docs, MAX_CHUNKS_PER_WORK));
            }
        }
        return out;
    }

    /** At most {@code max} documents, evenly spread over the work. */
    private static List<Document> spread(List<Document> docs, int max) {
        if (docs.size() <= max) {
            return docs;
        }
        List<Document> kept = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            kept.add(docs.get((int) ((long) k * docs.size() / max)));
        }
        return kept;
    }

    /** The training class of a voice in a work: the voice, or for "anyone else" the writer. */
    String classOf(String label, String group) {
        if (otherLabel == null || !label.equals(otherLabel)) {
            return label;
        }
        String name = group.substring(group.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "")
                .replaceFirst("^[\\d_\\-]+", "");
        String[] words = name.split("[-_ ]");
        return label + "/" + (words.length == 0 || words[0].isEmpty() ? name : words[0]).toLowerCase(java.util.Locale.ROOT);
    }

    public FrameClassifier train(List<FeaturizedPassage> data, FeatureSpace space) {
        return train(documents(data, space), space.size());
    }

    public FrameClassifier train(List<Document> docs, int attributes) {
        List<String> classes = new ArrayList<>(new TreeSet<>(docs.stream().map(Document::cls).toList()));
        if (classes.size() < 2) {
            throw new IllegalArgumentException("the frame classifier needs documents of two voices at least, not "
                    + classes);
        }
        int[] voiceOf = new int[classes.size()];
        int[] perVoice = new int[labels.size()];
        for (Document d : docs) {
            voiceOf[classes.indexOf(d.cls())] = d.voice();
            perVoice[d.voice()]++;
        }
        int voices = (int) java.util.Arrays.stream(perVoice).filter(n -> n > 0).count();
        Problem problem = new Problem();
        problem.l = docs.size();
        problem.n = attributes + 1;
        problem.bias = 1;
        problem.x = new Feature[docs.size()][];
        problem.y = new double[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            SparseVector v = docs.get(d).vector();
            Feature[] x = new Feature[v.indices().length + 1];
            for (int k = 0; k < v.indices().length; k++) {
                x[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
            }
            x[x.length - 1] = new FeatureNode(attributes + 1, 1);
            problem.x[d] = x;
            problem.y[d] = classes.indexOf(docs.get(d).cls());
        }
        // every voice weighs the same, shared among its writers by their documents
        double[] classWeights = new double[classes.size()];
        int[] classIds = new int[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            classIds[c] = c;
            classWeights[c] = (double) docs.size() / (voices * perVoice[voiceOf[c]]);
        }
        Parameter parameter = new Parameter(solver, cost, 0.01);
        parameter.setWeights(classWeights, classIds);
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model fitted;
        try {
            fitted = Liblinear.train(() -> Linear.train(problem, parameter));
        } catch (Exception e) {
            throw new IllegalStateException("training the frame classifier failed: " + e.getMessage(), e);
        }
        return readOut(fitted, classes, voiceOf, attributes);
    }

    /** LIBLINEAR's weights in class order: one vector per class, or for two classes one vector split in halves. */
    private static FrameClassifier readOut(de.bwaldvogel.liblinear.Model fitted, List<String> classes, int[] voiceOf,
                                           int attributes) {
        int c = classes.size();
        double[] w = fitted.getFeatureWeights();
        int[] order = fitted.getLabels(); // LIBLINEAR's class order: the order it met them
        double[] weights = new double[attributes * c];
        double[] bias = new double[c];
        for (int k = 0; k < c; k++) {
            int cls = order[k];
            for (int i = 0; i <= attributes; i++) {
                double value = c == 2 ? (k == 0 ? 0.5 : -0.5) * w[i] : w[i * c + k];
                if (i == attributes) {
                    bias[cls] = value;
                } else {
                    weights[i * c + cls] = value;
                }
            }
        }
        return new FrameClassifier(weights, bias, classes, voiceOf, 1);
    }
}
