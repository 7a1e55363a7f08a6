package whosaid.features;

import java.util.Arrays;

/**
 * Collects the feature values of one unit by integer id; adding to an id twice sums the values. An open-addressing
 * table reused from unit to unit ({@link #clear}), so extraction allocates nothing per feature.
 */
public final class FeatureSink {
    private static final int EMPTY = -1;
    private int[] keys = new int[1024];
    private double[] values = new double[1024];
    private int[] used = new int[512];
    private int size;

    public FeatureSink() {
        Arrays.fill(keys, EMPTY);
    }

    public void clear() {
        for (int k = 0; k < size; k++) {
            keys[used[k]] = EMPTY;
        }
        size = 0;
    }

    public void add(int id, double value) {
        if (value != 0) {
            int s = slot(id); // before reading the field: finding a slot may grow the arrays
            values[s] += value;
        }
    }

    public void set(int id, double value) {
        if (value != 0) {
            int s = slot(id);
            values[s] = value;
        }
    }

    /** Replaces every value of one kind by {@code 1 + log(value)}: sublinear term frequency for counted n-grams. */
    void logScale(int kind) {
        for (int k = 0; k < size; k++) {
            int s = used[k];
            if (FeatureIds.kind(keys[s]) == kind) {
                values[s] = 1 + CountLogs.log(values[s]);
            }
        }
    }

    /** The collected features, in the order they were first added (no sort: nothing downstream needs one). */
    public SparseFeatures toFeatures() {
        int[] ids = new int[size];
        double[] out = new double[size];
        for (int k = 0; k < size; k++) {
            ids[k] = keys[used[k]];
            out[k] = values[used[k]];
        }
        return new SparseFeatures(ids, out);
    }

    /**
     * The collected features a dictionary knows, in the order they were first added: {@link #toFeatures} then
     * {@link FeatureSpace#resolve}, without the copy between them.
     */
    public KnownFeatures toKnown(FeatureSpace space) {
        int[] attributes = new int[size];
        double[] out = new double[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = space.index(keys[used[k]]);
            if (i >= 0) {
                attributes[n] = i;
                out[n++] = values[used[k]];
            }
        }
        return new KnownFeatures(Arrays.copyOf(attributes, n), Arrays.copyOf(out, n));
    }

    private int slot(int id) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int s = (id * 0x9E3779B9 >>> 7) & mask;
        while (keys[s] != EMPTY) {
            if (keys[s] == id) {
                return s;
            }
            s = (s + 1) & mask;
        }
        keys[s] = id;
        values[s] = 0;
        if (size == used.length) {
            used = Arrays.copyOf(used, size * 2);
        }
        used[size++] = s;
        return s;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        int[] oldUsed = used;
        int oldSize = size;
        keys = new int[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        used = new int[oldKeys.length];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int k = 0; k < oldSize; k++) {
            int s = slot(oldKeys[oldUsed[k]]);
            values[s] = oldValues[oldUsed[k]];
        }
    }
}
