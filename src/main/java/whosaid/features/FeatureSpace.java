package whosaid.features;

import java.util.Arrays;
import java.util.List;

/**
 * The fixed dictionary of a model: which feature ids it knows, at which attribute index, with which IDF.
 *
 * <p>Built once from the training units and stored with the model. Attributes are numbered in id order, and an
 * open-addressing table finds a feature's attribute in one probe or a few; a unit's vector lists its known
 * features in the order the unit's ids came. Word n-grams are weighted by IDF; word, character and function-word n-grams are each
 * L2-normalised per unit, so that long and short sentences weigh alike.
 */
public final class FeatureSpace {
    private final int[] ids;
    private final double[] idf;
    /**
     * Each attribute as {@code id << 32 | index}, in the slot its id hashes to (or the next free one), at most half
     * full: one memory access finds the id and its attribute together. 0 marks an empty slot, as indices are
     * stored plus one.
     */
    private final long[] slots;
    /** Each attribute's kind, kept apart from the ids so that weighting reads a small table. */
    private final byte[] kinds;

    private FeatureSpace(int[] ids, double[] idf) {
        this.ids = ids;
        this.idf = idf;
        this.kinds = new byte[ids.length];
        for (int i = 0; i < ids.length; i++) {
            kinds[i] = (byte) FeatureIds.kind(ids[i]);
        }
        this.slots = new long[Math.max(4, Integer.highestOneBit(Math.max(1, ids.length)) << 2)];
        for (int i = 0; i < ids.length; i++) {
            int s = home(ids[i]);
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = entry(ids[i], i);
        }
    }

    private static long entry(int id, int index) {
        return (long) id << 32 | (index + 1L);
    }

    /**
     * A dictionary as a model file stores it.
     *
     * @throws IllegalArgumentException unless the ids ascend strictly and each has an IDF
     */
    public static FeatureSpace of(int[] ids, double[] idf) {
        if (ids.length != idf.length) {
            throw new IllegalArgumentException(ids.length + " feature ids but " + idf.length + " IDF values");
        }
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("feature ids must ascend, and " + ids[i] + " follows " + ids[i - 1]);
            }
        }
        return new FeatureSpace(ids.clone(), idf.clone());
    }

    private int home(int id) {
        return (id * 0x9E3779B9 >>> 7) & (slots.length - 1);
    }

    /** The attribute of a feature id, or -1 if the model does not know it. */
    public int index(int id) {
        for (int s = home(id); ; s = (s + 1) & (slots.length - 1)) {
            long e = slots[s];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == id) {
                return (int) e - 1;
            }
        }
    }

    /** The feature ids in attribute order (a copy). */
    public int[] ids() {
        return ids.clone();
    }

    /** Each attribute's IDF weight (1 for all but word n-grams; a copy). */
    public double[] idf() {
        return idf.clone();
    }

    /** The IDF weight of attribute {@code i}. */
    public double idf(int i) {
        return idf[i];
    }

    /**
     * Keeps the features seen in at least {@code minCount} training units, the most frequent first when there are
     * more than {@code maxFeatures}.
     */
    public static FeatureSpace build(List<SparseFeatures> rows, int minCount, int maxFeatures) {
        int total = rows.stream().mapToInt(SparseFeatures::size).sum();
        int[] all = new int[total];
        int n = 0;
        for (SparseFeatures row : rows) {
            System.arraycopy(row.ids(), 0, all, n, row.size());
            n += row.size();
        }
        Arrays.sort(all);
        // (document frequency, id) of every id seen often enough, packed so one sort ranks them
        long[] kept = new long[0];
        int k = 0;
        for (int i = 0; i < total; ) {
            int j = i;
            while (j < total && all[j] == all[i]) {
                j++;
            }
            if (j - i >= minCount) {
                if (k == kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(16, k * 2));
                }
                kept[k++] = (long) (j - i) << 32 | all[i];
            }
            i = j;
        }
        kept = Arrays.copyOf(kept, k);
        if (k > maxFeatures) {
            Arrays.sort(kept); // by frequency, then id: ties break the same way on every run
            kept = Arrays.copyOfRange(kept, k - maxFeatures, k);
        }
        Arrays.sort(kept, 0, kept.length);
        long[] byId = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            byId[i] = (kept[i] & 0xffffffffL) << 32 | (kept[i] >>> 32);
        }
        Arrays.sort(byId);
        int[] ids = new int[byId.length];
        double[] idf = new double[byId.length];
        for (int i = 0; i < byId.length; i++) {
            ids[i] = (int) (byId[i] >>> 32);
            long df = byId[i] & 0xffffffffL;
            idf[i] = FeatureIds.kind(ids[i]) == FeatureIds.WORD ? Math.log((1.0 + rows.size()) / (1.0 + df)) + 1 : 1;
        }
        return new FeatureSpace(ids, idf);
    }

    public int size() {
        return ids.length;
    }

    /** The feature id of attribute {@code i}. */
    public int id(int i) {
        return ids[i];
    }

    /** A readable stand-in for the attribute's feature (its kind and hash). */
    public String name(int i) {
        return FeatureIds.describe(ids[i]);
    }

    /** The kind of attribute {@code i} ({@link FeatureIds#WORD}, ...). */
    public int kind(int i) {
        return kinds[i];
    }

    /** The unit's known features, weighted and normalised; unknown ids are dropped. */
    public SparseVector vectorize(SparseFeatures raw) {
        return weigh(resolve(raw));
    }

    /** The unit's features this dictionary knows, by attribute, in the order they came; unknown ids are dropped. */
    public KnownFeatures resolve(SparseFeatures raw) {
        int[] attributes = new int[raw.size()];
        double[] values = new double[raw.size()];
        int[] rawIds = raw.ids();
        int n = 0;
        for (int k = 0; k < rawIds.length; k++) {
            int i = index(rawIds[k]);
            if (i >= 0) {
                attributes[n] = i;
                values[n] = raw.values()[k];
                n++;
            }
        }
        return new KnownFeatures(Arrays.copyOf(attributes, n), Arrays.copyOf(values, n));
    }

    /**
     * Known features weighted by IDF and L2-normalised per kind, as the unit's classifier reads them. The vector
     * shares its attribute array with {@code known}: neither is ever written after it is made.
     */
    public SparseVector weigh(KnownFeatures known) {
        int n = known.size();
        int[] attributes = known.attributes();
        double[] values = new double[n];
        double[] norms = new double[FeatureIds.KINDS];
        for (int k = 0; k < n; k++) {
            int i = attributes[k];
            double v = known.values()[k] * idf[i];
            values[k] = v;
            norms[kinds[i]] += v * v;
        }
        double[] norm = new double[FeatureIds.KINDS];
        for (int kind = 0; kind < norm.length; kind++) {
            norm[kind] = kind != FeatureIds.OTHER && norms[kind] > 0 ? Math.sqrt(norms[kind]) : 1; // x / 1 is x
        }
        for (int k = 0; k < n; k++) {
            values[k] /= norm[kinds[attributes[k]]];
        }
        return new SparseVector(attributes, values);
    }
}
