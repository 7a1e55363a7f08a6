package whosaid.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits a {@link VoiceChain} on out-of-fold predictions: the passage weight, voice offsets and stay probabilities that give the best
 * macro-F1 of decoded labels, averaged over the kinds of text the predictions come from (whole works, passages
 * spliced from them, hand-labeled passages), each counting alike; no change may push a voice's recall under
 * {@link #RECALL_FLOOR}, so the fit never buys macro-F1 by giving a voice up.
 *
 * <p>Coordinate ascent over small grids, two rounds: deterministic, and a few hundred decodings of a few thousand
 * units.
 */
public final class ChainFit {
    static final double RECALL_FLOOR = 0.25;
    /** Small on purpose: with two or three works per voice, a large fitted prior says more about the folds than the voice. */
    private static final double[] OFFSETS = {-0.5, -0.25, 0, 0.25, 0.5};
    private static final double[] STAYS = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};
    private static final double[] PASSAGE_WEIGHTS = {0, 0.5, 1, 1.5, 2, 3, 4, 6};
    private static final int ROUNDS = 2;
    /** A change must buy at least this much, so that noise in the held-out predictions is not fitted. */
    private static final double MIN_GAIN = 0.002;
    /** How much a change may cost any one kind of text and still be kept. */
    private static final double MAX_LOSS = 0.005;

    private ChainFit() {
    }

    /**
     * One held-out passage: calibrated emissions, paragraph breaks, and the true label index of each unit (-1 for a
     * unit not scored, such as a quotation inside a weakly labeled work).
     *
     * @param kind what the passage is ("works", "spliced", "hand-labeled"): kinds are averaged alike
     */
    public record Sequence(String kind, double[][] emissions, boolean[] breaks, boolean[] fixed, int[] truth) {
    }

    /**
     * @param priors whether to fit the voice offsets
     * @param decoding whether to fit the stay probabilities and the passage weight
     */
    public static VoiceChain fit(List<Sequence> sequences, int labels, boolean priors, boolean decoding) {
        VoiceChain best = VoiceChain.neutral(labels);
        if (sequences.isEmpty()) {
            return best;
        }
        Score bestScores = scores(sequences, best, labels);
        for (int round = 0; round < ROUNDS; round++) {
            List<VoiceChain> candidates = new ArrayList<>();
            for (double weight : decoding ? PASSAGE_WEIGHTS : new double[0]) {
                candidates.add(best.withPassageWeight(weight));
            }
            for (VoiceChain c : candidates) {
                Score s = scores(sequences, c, labels);
                if (better(s, bestScores)) {
                    best = c;
                    bestScores = s;
                }
            }
            for (int voice = 0; voice < labels && priors; voice++) {
                for (double offset : OFFSETS) {
                    VoiceChain c = best.withOffset(voice, offset);
                    Score s = scores(sequences, c, labels);
                    if (better(s, bestScores)) {
                        best = c;
                        bestScores = s;
                    }
                }
            }
            for (int voice = 0; voice < labels && decoding; voice++) {
                for (boolean across : new boolean[] {false, true}) {
                    for (double stay : stays(labels)) {
                        VoiceChain c = best.withStay(voice, across, stay);
                        Score s = scores(sequences, c, labels);
                        if (better(s, bestScores)) {
                            best = c;
                            bestScores = s;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * A change is kept when it raises the mean over kinds of text by {@link #MIN_GAIN}, costs no kind more than
     * {@link #MAX_LOSS}, and pushes no voice's recall in any kind further down when it is under
     * {@link #RECALL_FLOOR}: a gain on whole works bought by wrecking mixed passages, or by giving up a voice the
     * classifier finds hard, is no gain.
     */
    static boolean better(Score candidate, Score current) {
        double gain = 0;
        for (int k = 0; k < candidate.macro().length; k++) {
            if (candidate.macro()[k] < current.macro()[k] - MAX_LOSS) {
                return false;
            }
            for (int y = 0; y < candidate.recall()[k].length; y++) {
                double r = candidate.recall()[k][y];
                if (r < RECALL_FLOOR && r < current.recall()[k][y] - 1e-9) {
                    return false;
                }
            }
            gain += (candidate.macro()[k] - current.macro()[k]) / candidate.macro().length;
        }
        return gain > MIN_GAIN;
    }

    private static double[] stays(int labels) {
        double[] s = new double[STAYS.length + 1];
        s[0] = 1.0 / labels; // no preference for staying: the unit's own evidence decides
        System.arraycopy(STAYS, 0, s, 1, STAYS.length);
        return s;
    }

    /** For each kind of text (in order of first appearance), macro-F1 and each voice's recall (NaN if absent). */
    record Score(double[] macro, double[][] recall) {
        double mean() {
            double total = 0;
            for (double v : macro) {
                total += v;
            }
            return total / macro.length;
        }
    }

    static Score scores(List<Sequence> sequences, VoiceChain chain, int labels) {
        Map<String, long[][]> confusion = new LinkedHashMap<>();
        for (Sequence s : sequences) {
            long[][] m = confusion.computeIfAbsent(s.kind(), k -> new long[labels][labels]);
            int[] path = SequenceDecoder.path(s.emissions(), s.breaks(), s.fixed(), chain);
            for (int t = 0; t < path.length; t++) {
                if (s.truth()[t] >= 0) {
                    m[s.truth()[t]][path[t]]++;
                }
            }
        }
        double[] macro = new double[confusion.size()];
        double[][] recalls = new double[confusion.size()][labels];
        int kind = 0;
        for (long[][] m : confusion.values()) {
            double f1Sum = 0;
            int present = 0;
            for (int y = 0; y < labels; y++) {
                long gold = 0;
                long predicted = 0;
                for (int z = 0; z < labels; z++) {
                    gold += m[y][z];
                    predicted += m[z][y];
                }
                if (gold == 0) {
                    recalls[kind][y] = Double.NaN;
                    continue;
                }
                present++;
                double recall = (double) m[y][y] / gold;
                double precision = predicted == 0 ? 0 : (double) m[y][y] / predicted;
                f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                recalls[kind][y] = recall;
            }
            macro[kind++] = present == 0 ? 0 : f1Sum / present;
        }
        return new Score(macro, recalls);
    }

    /**
     * Mixed passages from held-out works: runs of 1 to {@code maxRun} consecutive scored units of a work of a voice
     * drawn uniformly, a paragraph break every 3 to 8 units, as on a scraped page that switches voices.
     *
     * @param works whole held-out works, each of one voice
     */
    public static List<Sequence> splice(List<Sequence> works, int count, int length, int maxRun, long seed) {
        Map<Integer, List<Sequence>> byVoice = new LinkedHashMap<>();
        for (Sequence w : works) {
            for (int y : w.truth()) {
                if (y >= 0) {
                    byVoice.computeIfAbsent(y, v -> new ArrayList<>()).add(w);
                    break;
                }
            }
        }
        List<Integer> voices = new ArrayList<>(byVoice.keySet());
        List<Sequence> spliced = new ArrayList<>();
        if (voices.isEmpty()) {
            return spliced;
        }
        Random random = new Random(seed);
        for (int s = 0; s < count; s++) {
            List<double[]> emissions = new ArrayList<>();
            List<Boolean> fixed = new ArrayList<>();
            List<Integer> truth = new ArrayList<>();
            List<Boolean> breaks = new ArrayList<>();
            int untilBreak = 3 + random.nextInt(6);
            while (emissions.size() < length) {
                List<Sequence> candidates = byVoice.get(voices.get(random.nextInt(voices.size())));
                Sequence work = candidates.get(random.nextInt(candidates.size()));
                int run = 1 + random.nextInt(maxRun);
                int n = work.truth().length;
                for (int i = random.nextInt(Math.max(1, n - run)); i < n && run > 0; i++) {
                    if (work.truth()[i] < 0) {
                        continue;
                    }
                    emissions.add(work.emissions()[i]);
                    fixed.add(work.fixed()[i]);
                    truth.add(work.truth()[i]);
                    breaks.add(--untilBreak == 0);
                    if (untilBreak == 0) {
                        untilBreak = 3 + random.nextInt(6);
                    }
                    run--;
                }
            }
            boolean[] b = new boolean[breaks.size()];
            for (int i = 1; i < b.length; i++) {
                b[i] = breaks.get(i - 1);
            }
            boolean[] f = new boolean[fixed.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = fixed.get(i);
            }
            spliced.add(new Sequence("spliced", emissions.toArray(double[][]::new), b, f,
                    truth.stream().mapToInt(Integer::intValue).toArray()));
        }
        return spliced;
    }
}
