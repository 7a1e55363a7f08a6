package whosaid.features;

import java.util.Arrays;

/**
 * Pools the word, character and function-word features of several units into one document vector over a
 * dictionary: counts summed, damped ({@code log(1 + count)}, so that a long section is not all its commonest
 * n-grams), IDF-weighted and L2-normalised per kind, as a text classifier reads a document. Named features (cues,
 * context, rates) describe a single unit and are left out. Not thread-safe: one per thread, reused unit after unit.
 */
public final class PooledFeatures {
    private final FeatureSpace space;
    private final double[] counts;
    private final int[] touched;
    private int size;
    private int characters;

    public PooledFeatures(FeatureSpace space) {
        this.space = space;
        this.counts = new double[space.size()];
        this.touched = new int[space.size()];
    }

    /** Adds one unit's raw features; {@code characters} is the unit's length, the pool's weight of evidence. */
    public void add(SparseFeatures raw, int characters) {
        add(space.resolve(raw), characters);
    }

    /** Adds one unit's known features; {@code characters} is the unit's length, the pool's weight of evidence. */
    public void add(KnownFeatures known, int characters) {
        this.characters += characters;
        int[] attributes = known.attributes();
        double[] values = known.values();
        for (int k = 0; k < attributes.length; k++) {
            int i = attributes[k];
            if (space.kind(i) == FeatureIds.OTHER) {
                continue;
            }
            if (counts[i] == 0) {
                touched[size++] = i;
            }
            counts[i] += values[k];
        }
    }

    /** Empties the pool without making a vector of it. */
    public void clear() {
        for (int k = 0; k < size; k++) {
            counts[touched[k]] = 0;
        }
        size = 0;
        characters = 0;
    }

    /** How many characters the pooled units hold. */
    public int characters() {
        return characters;
    }

    /**
     * The pooled document vector, attributes in the order the units first brought them (the same order for the
     * same units, so the same scores to the last bit); the pool is emptied for the next document.
     */
    public SparseVector take() {
        return take(Arrays.copyOf(touched, size));
    }

    /**
     * The pooled document vector, attributes ascending, as a trainer that wants its features sorted reads it (LIBLINEAR
     * refuses them otherwise); the pool is emptied for the next document.
     */
    public SparseVector takeAscending() {
        int[] indices = Arrays.copyOf(touched, size);
        Arrays.sort(indices);
        return take(indices);
    }

    private SparseVector take(int[] indices) {
        double[] values = new double[size];
        double[] norms = new double[FeatureIds.KINDS];
        for (int k = 0; k < size; k++) {
            int i = indices[k];
            double v = CountLogs.log1p(counts[i]) * space.idf(i);
            values[k] = v;
            norms[space.kind(i)] += v * v;
            counts[i] = 0;
        }
        double[] norm = new double[FeatureIds.KINDS];
        for (int kind = 0; kind < norm.length; kind++) {
            norm[kind] = norms[kind] > 0 ? Math.sqrt(norms[kind]) : 1; // one root per kind, not per feature; x / 1 is x
        }
        for (int k = 0; k < size; k++) {
            values[k] /= norm[space.kind(indices[k])];
        }
        size = 0;
        characters = 0;
        return new SparseVector(indices, values);
    }
}
