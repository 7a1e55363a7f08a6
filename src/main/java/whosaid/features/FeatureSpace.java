package whosaid.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed dictionary of a model: which named features it knows, at which attribute index, with which IDF.
 *
 * <p>Built once from the training units and stored with the model, so labeling turns a unit into a sparse vector
 * with one map look-up per feature instead of re-running a Weka filter. Word n-grams are weighted by IDF and,
 * like character trigrams, L2-normalised per unit so that long and short sentences weigh alike.
 */
public final class FeatureSpace implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final double[] idf;
    private final HashMap<String, Integer> index;

    private FeatureSpace(String[] names, double[] idf) {
        this.names = names;
        this.idf = idf;
        this.index = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
    }

    /**
     * Keeps the features seen in at least {@code minCount} training units, the most frequent first when there are
     * more than {@code maxFeatures}.
     */
    public static FeatureSpace build(List<Map<String, Double>> rows, int minCount, int maxFeatures) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> row : rows) {
            for (String name : row.keySet()) {
                documentFrequency.merge(name, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            if (e.getValue() >= minCount) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (kept.size() > maxFeatures) {
            kept = kept.subList(0, maxFeatures);
        }
        kept.sort(Map.Entry.comparingByKey());
        String[] names = new String[kept.size()];
        double[] idf = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            names[i] = kept.get(i).getKey();
            idf[i] = isWordGram(names[i]) ? Math.log((1.0 + rows.size()) / (1.0 + kept.get(i).getValue())) + 1 : 1;
        }
        return new FeatureSpace(names, idf);
    }

    private static boolean isWordGram(String name) {
        return name.startsWith(LexicalFeatures.UNIGRAM) || name.startsWith(LexicalFeatures.BIGRAM);
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The unit's known features, weighted and normalised; unknown names are dropped. */
    public SparseVector vectorize(Map<String, Double> raw) {
        int[] indices = new int[raw.size()];
        double[] values = new double[raw.size()];
        int n = 0;
        double lexicalNorm = 0;
        double charNorm = 0;
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                continue;
            }
            double v = e.getValue() * idf[i];
            indices[n] = i;
            values[n] = v;
            n++;
            if (isWordGram(e.getKey())) {
                lexicalNorm += v * v;
            } else if (e.getKey().startsWith(StyleFeatures.CHAR_TRIGRAM)) {
                charNorm += v * v;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        int[] finalIndices = indices;
        Arrays.sort(order, Comparator.comparingInt(k -> finalIndices[k]));
        int[] sortedIndices = new int[n];
        double[] sortedValues = new double[n];
        double lexicalScale = lexicalNorm > 0 ? 1 / Math.sqrt(lexicalNorm) : 1;
        double charScale = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 1;
        for (int k = 0; k < n; k++) {
            int i = indices[order[k]];
            sortedIndices[k] = i;
            double scale = isWordGram(names[i]) ? lexicalScale
                    : names[i].startsWith(StyleFeatures.CHAR_TRIGRAM) ? charScale : 1;
            sortedValues[k] = values[order[k]] * scale;
        }
        return new SparseVector(sortedIndices, sortedValues);
    }
}
