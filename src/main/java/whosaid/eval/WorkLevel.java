package whosaid.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import whosaid.train.LabeledPassage;

/** Work-level accuracy: the share of held-out works whose frame voice (the whole work pooled) is their author's. */
final class WorkLevel {
    private WorkLevel() {
    }

    static String note(List<LabeledPassage> passages, Map<String, String> frames, List<String> labels) {
        int[] right = new int[labels.size()];
        int[] all = new int[labels.size()];
        StringBuilder missed = new StringBuilder();
        for (LabeledPassage p : passages) {
            String frame = frames.get(p.id());
            String voice = p.labels().stream().filter(Objects::nonNull).findFirst().orElse(null);
            if (frame == null || voice == null || p.handLabeled()) {
                continue;
            }
            int v = labels.indexOf(voice);
            all[v]++;
            if (frame.equals(voice)) {
                right[v]++;
            } else {
                missed.append(missed.length() == 0 ? "" : ", ").append(p.id()).append(" as ").append(frame);
            }
        }
        int r = java.util.Arrays.stream(right).sum();
        int n = java.util.Arrays.stream(all).sum();
        if (n == 0) {
            return "work-level accuracy: no held-out work has a frame voice (decoding by frame is off)";
        }
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                "work-level accuracy (the frame voice of each held-out work, pooled over the whole work, is its "
                        + "author's): %d of %d = %.3f (95%% interval %s);", r, n, (double) r / n, wilson(r, n)));
        for (int v = 0; v < labels.size(); v++) {
            if (all[v] > 0) {
                out.append(' ').append(labels.get(v)).append(' ').append(right[v]).append('/').append(all[v]);
            }
        }
        if (missed.length() > 0) {
            out.append("; missed: ").append(missed);
        }
        return out.toString();
    }

    /** The Wilson score interval of a proportion, which stays inside 0-1 for few works. */
    private static String wilson(int r, int n) {
        double z = 1.96;
        double p = (double) r / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return String.format(java.util.Locale.ROOT, "%.3f-%.3f", Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
