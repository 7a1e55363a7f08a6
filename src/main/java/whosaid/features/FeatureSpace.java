package whosaid.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** How a feature is normalised: with the word n-grams, with the character trigrams, or not at all. */
    private static final byte OTHER = 0;
    private static final byte WORD_GRAM = 1;
    private static final byte CHAR_TRIGRAM = 2;

    private final String[] names;
    private final double[] idf;
    private final HashMap<String, Integer> index;
    // Derived from the names; volatile so that a thread never sees the array before it is filled.
    private transient volatile byte[] kinds;

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
        byte[] kinds = kinds();
        // each entry is packed as (attribute index << 32 | position), so that one primitive sort orders them by index
        long[] order = new long[raw.size()];
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
            order[n] = (long) i << 32 | n;
            values[n] = v;
            n++;
            if (kinds[i] == WORD_GRAM) {
                lexicalNorm += v * v;
            } else if (kinds[i] == CHAR_TRIGRAM) {
                charNorm += v * v;
            }
        }
        Arrays.sort(order, 0, n);
        int[] sortedIndices = new int[n];
        double[] sortedValues = new double[n];
        double lexicalScale = lexicalNorm > 0 ? 1 / Math.sqrt(lexicalNorm) : 1;
        double charScale = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 1;
        for (int k = 0; k < n; k++) {
            int i = (int) (order[k] >>> 32);
            sortedIndices[k] = i;
            double scale = kinds[i] == WORD_GRAM ? lexicalScale : kinds[i] == CHAR_TRIGRAM ? charScale : 1;
            sortedValues[k] = values[(int) order[k]] * scale;
        }
        return new SparseVector(sortedIndices, sortedValues);
    }

    /** Which features are normalised together, by index: computed once rather than per unit and feature. */
    private byte[] kinds() {
        byte[] known = kinds;
        if (known == null) {
            known = new byte[names.length];
            for (int i = 0; i < names.length; i++) {
                known[i] = isWordGram(names[i]) ? WORD_GRAM
                        : names[i].startsWith(StyleFeatures.CHAR_TRIGRAM) ? CHAR_TRIGRAM : OTHER;
            }
            kinds = known;
        }
        return known;
    }
}
