package whosaid.features;

/** Feature values of one unit by attribute index, each index once, in no particular order. */
public record SparseVector(int[] indices, double[] values) {
}
