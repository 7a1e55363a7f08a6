package whosaid.features;

/** Feature values of one unit by attribute index, indices ascending. */
public record SparseVector(int[] indices, double[] values) {
}
