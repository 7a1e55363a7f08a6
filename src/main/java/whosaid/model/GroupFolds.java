package whosaid.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Assigns whole groups (works, passages) to cross-validation folds, so no group is ever on both sides of a split:
 * Weka's own folds are per instance and would leak sentences of one work into training and test.
 */
public final class GroupFolds {
    private GroupFolds() {
    }

    /** Fold of each group: groups shuffled by {@code seed}, dealt round-robin; {@code k} at most the group count. */
    public static Map<String, Integer> assign(List<String> groups, int k, long seed) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(groups));
        if (k < 2 || k > distinct.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + distinct.size() + " groups");
        }
        Collections.shuffle(distinct, new Random(seed));
        Map<String, Integer> fold = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            fold.put(distinct.get(i), i % k);
        }
        return fold;
    }
}
