package whosaid.features;

import java.util.List;

/**
 * Function-word 1- to 3-grams: each word is its function word or a placeholder for any other word, so "the party
 * of the proletariat" gives "the _ of the _". Grams of placeholders only are left out. Log-scaled counts,
 * L2-normalised per unit.
 */
public final class FunctionWordFeatures implements FeatureExtractor {
    private static final int MAX_N = 3;

    @Override
    public String family() {
        return "function";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        int[] classes = passage.get(index).maskedWordClasses();
        int n = classes.length;
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = WordClasses.functionIndex(classes[i]);
        }
        for (int i = 0; i < n; i++) {
            int h = FeatureIds.SEED;
            boolean anyFunction = false;
            for (int len = 1; len <= MAX_N && i + len <= n; len++) {
                int code = codes[i + len - 1];
                anyFunction |= code > 0;
                h = FeatureIds.mix(h, code);
                if (anyFunction) {
                    sink.add(FeatureIds.id(FeatureIds.FUNCTION, FeatureIds.mix(h, len)), 1);
                }
            }
        }
        sink.logScale(FeatureIds.FUNCTION);
    }
}
