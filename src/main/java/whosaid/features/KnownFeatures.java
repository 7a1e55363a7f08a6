package whosaid.features;

/**
 * The raw features of one unit that a model's dictionary knows, by attribute index, in the order they were
 * extracted, before any weighting: found once per unit, then weighted for the unit's own score
 * ({@link FeatureSpace#weigh}) and pooled with its neighbours for the frame ({@link PooledFeatures}).
 */
public record KnownFeatures(int[] attributes, double[] values) {
    public int size() {
        return attributes.length;
    }
}
