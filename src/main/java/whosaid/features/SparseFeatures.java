package whosaid.features;

/** The raw features of one unit: integer ids, ascending and distinct, with their values. */
public record SparseFeatures(int[] ids, double[] values) {
    public int size() {
        return ids.length;
    }
}
