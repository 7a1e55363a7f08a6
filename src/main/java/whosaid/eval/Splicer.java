package whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import whosaid.model.LabeledPassage;
import whosaid.text.Unit;

/**
 * Builds mixed passages from runs of consecutive units of whole works, voices switching every few sentences as on
 * a scraped page like the seed: the test that sequence smoothing cannot win by never switching.
 */
public final class Splicer {
    /** A spliced passage and, for each of its units, the work it came from and its label there. */
    public record Spliced(LabeledPassage passage, List<String> sourceGroups) {
    }

    private Splicer() {
    }

    /**
     * {@code count} passages of about {@code unitsPerPassage} units; each run takes 1 to {@code maxRun} consecutive
     * labeled units of a work of a voice drawn uniformly, so every voice is equally present.
     */
    public static List<Spliced> splice(List<LabeledPassage> works, int count, int unitsPerPassage, int maxRun,
                                       long seed) {
        Map<String, List<LabeledPassage>> byVoice = new TreeMap<>();
        for (LabeledPassage work : works) {
            String voice = work.labels().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (voice != null) {
                byVoice.computeIfAbsent(voice, v -> new ArrayList<>()).add(work);
            }
        }
        List<String> voices = new ArrayList<>(byVoice.keySet());
        Random random = new Random(seed);
        List<Spliced> spliced = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            String id = "mixed-" + s;
            List<Unit> units = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            int paragraph = 0;
            int untilBreak = 3 + random.nextInt(6);
            int offset = 0;
            while (units.size() < unitsPerPassage) {
                List<LabeledPassage> candidates = byVoice.get(voices.get(random.nextInt(voices.size())));
                LabeledPassage work = candidates.get(random.nextInt(candidates.size()));
                int run = 1 + random.nextInt(maxRun);
                int start = random.nextInt(Math.max(1, work.units().size() - run));
                for (int i = start; i < work.units().size() && run > 0; i++) {
                    if (work.labels().get(i) == null) {
                        continue; // quotations inside a work are not its author's words
                    }
                    Unit u = work.units().get(i);
                    int length = u.end() - u.start();
                    units.add(new Unit(id, units.size(), offset, offset + length, u.text(), u.kind(), paragraph,
                            u.segmentCue()));
                    labels.add(work.labels().get(i));
                    groups.add(work.group());
                    offset += length + 1;
                    run--;
                    if (--untilBreak == 0) {
                        paragraph++;
                        untilBreak = 3 + random.nextInt(6);
                    }
                }
            }
            spliced.add(new Spliced(new LabeledPassage(id, id, units, labels,
                    java.util.Collections.nCopies(units.size(), true), false), groups));
        }
        return spliced;
    }
}
