package whosaid.features;

/** The raw features of one unit: distinct integer ids, in the order they were extracted, with their values. */
public record SparseFeatures(int[] ids, double[] values) {
    public int size() {
        return ids.length;
    }
}
