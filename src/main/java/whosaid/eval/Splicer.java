package whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import whosaid.text.Unit;
import whosaid.train.LabeledPassage;

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
        return splice(works, count, unitsPerPassage, maxRun, seed, "mixed-");
    }

    /** @param prefix the spliced passages' ids are this and a number */
    public static List<Spliced> splice(List<LabeledPassage> works, int count, int unitsPerPassage, int maxRun,
                                       long seed, String prefix) {
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
            String id = prefix + s;
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

    /**
     * {@code count} pages stitched together at paragraph breaks, as a scraped page joins texts: 2 to 4 sections,
     * each 2 to 5 consecutive paragraphs of a work, every section of another voice than the one before. Quotations
     * inside a work come along unscored, as they stand in it.
     */
    public static List<Spliced> spliceParagraphs(List<LabeledPassage> works, int count, long seed, String prefix) {
        Map<String, List<LabeledPassage>> byVoice = new TreeMap<>();
        for (LabeledPassage work : works) {
            String voice = work.labels().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (voice != null && paragraphsOf(work).size() >= 2) {
                byVoice.computeIfAbsent(voice, v -> new ArrayList<>()).add(work);
            }
        }
        List<String> voices = new ArrayList<>(byVoice.keySet());
        List<Spliced> spliced = new ArrayList<>(count);
        if (voices.size() < 2) {
            return spliced;
        }
        Random random = new Random(seed);
        for (int s = 0; s < count; s++) {
            String id = prefix + s;
            List<Unit> units = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            int sections = 2 + random.nextInt(3);
            int paragraph = 0;
            int offset = 0;
            String previous = null;
            for (int k = 0; k < sections; k++) {
                String voice;
                do {
                    voice = voices.get(random.nextInt(voices.size()));
                } while (voice.equals(previous));
                previous = voice;
                List<LabeledPassage> candidates = byVoice.get(voice);
                LabeledPassage work = candidates.get(random.nextInt(candidates.size()));
                List<int[]> paragraphs = paragraphsOf(work);
                int take = Math.min(paragraphs.size(), 2 + random.nextInt(4));
                int first = random.nextInt(paragraphs.size() - take + 1);
                for (int[] range : paragraphs.subList(first, first + take)) {
                    for (int i = range[0]; i < range[1]; i++) {
                        Unit u = work.units().get(i);
                        int length = u.end() - u.start();
                        units.add(new Unit(id, units.size(), offset, offset + length, u.text(), u.kind(), paragraph,
                                u.segmentCue()));
                        labels.add(work.labels().get(i));
                        groups.add(work.group());
                        offset += length + 1;
                    }
                    paragraph++;
                    offset++;
                }
            }
            spliced.add(new Spliced(new LabeledPassage(id, id, units, labels,
                    java.util.Collections.nCopies(units.size(), true), false), groups));
        }
        return spliced;
    }

    /** The unit ranges of a work's paragraphs that hold at least one labeled unit. */
    private static List<int[]> paragraphsOf(LabeledPassage work) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < work.units().size()) {
            int j = i;
            boolean labeled = false;
            while (j < work.units().size() && work.units().get(j).paragraph() == work.units().get(i).paragraph()) {
                labeled |= work.labels().get(j) != null;
                j++;
            }
            if (labeled) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }
}
