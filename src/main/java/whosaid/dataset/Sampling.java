package whosaid.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Reproducible random samples of rows: {@link java.util.Random} is specified to give the same sequence for the same
 * seed on every JVM, so a seed names a sample for good.
 */
final class Sampling {
    private Sampling() {
    }

    static List<DatasetRow> random(List<DatasetRow> rows, int n, long seed) {
        List<DatasetRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
    }

    /**
     * As many units of each predicted label as possible, the same number of each, a label with too few units
     * giving its share to the others: rare voices get annotated too, which a plain sample would starve.
     */
    static List<DatasetRow> stratified(List<DatasetRow> rows, int n, long seed) {
        Random random = new Random(seed);
        Map<String, List<DatasetRow>> byLabel = new TreeMap<>();
        rows.forEach(r -> byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        List<List<DatasetRow>> strata = new ArrayList<>();
        for (List<DatasetRow> stratum : byLabel.values()) {
            Collections.shuffle(stratum, random);
            strata.add(stratum);
        }
        int[] taken = new int[strata.size()];
        List<DatasetRow> sample = new ArrayList<>();
        boolean progress = true;
        while (sample.size() < n && progress) {
            progress = false;
            for (int s = 0; s < strata.size() && sample.size() < n; s++) {
                if (taken[s] < strata.get(s).size()) {
                    sample.add(strata.get(s).get(taken[s]++));
                    progress = true;
                }
            }
        }
        return sample;
    }
}
