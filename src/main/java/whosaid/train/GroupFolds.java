package whosaid.train;

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

    /**
     * Fold of each passage's group, the groups of each voice dealt round-robin in turn (voices in order, groups
     * shuffled by {@code seed} within a voice), so that every fold holds out a share of every voice's works rather
     * than, by chance, all of one voice. A group's voice is its first labeled unit's.
     */
    public static Map<String, Integer> assignByVoice(List<LabeledPassage> passages, int k, long seed) {
        Map<String, List<String>> byVoice = new java.util.TreeMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LabeledPassage p : passages) {
            if (seen.add(p.group())) {
                String voice = p.labels().stream().filter(java.util.Objects::nonNull).findFirst().orElse("");
                byVoice.computeIfAbsent(voice, v -> new ArrayList<>()).add(p.group());
            }
        }
        if (k < 2 || k > seen.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + seen.size() + " groups");
        }
        Random random = new Random(seed);
        Map<String, Integer> fold = new LinkedHashMap<>();
        int next = 0;
        for (List<String> groups : byVoice.values()) {
            java.util.Collections.sort(groups);
            Collections.shuffle(groups, random);
            for (String g : groups) {
                fold.put(g, next++ % k);
            }
        }
        return fold;
    }
}
