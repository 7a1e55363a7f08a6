package whosaid.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import whosaid.decode.FrameDecoder;
import whosaid.decode.FrameParameters;
import whosaid.features.FeatureSpace;
import whosaid.features.KnownFeatures;
import whosaid.model.FrameClassifier;
import whosaid.model.FrameDecoding;

/**
 * Fits frame decoding on predictions for text the scoring classifiers never saw: the frame classifier's
 * temperature on held-out documents, then the switch cost, the paragraph length that counts in full and the unit
 * weight by a grid search on realistic designs (whole works, pages stitched from works at paragraph breaks, and
 * hand-labeled passages), then the temperature of the units' probabilities.
 */
final class FrameFit {
    private static final double[] SWITCH_COSTS = {1, 2, 4, 8};
    private static final double[] FULL_PARAGRAPHS = {250, 1000};
    private static final double[] UNIT_WEIGHTS = {0, 0.5, 1};
    private static final int STITCHED_PAGES_PER_FOLD = 30;
    private static final double FLOOR = 1e-12;
    static final String HAND_LABELED = "hand-labeled";

    private FrameFit() {
    }

    /**
     * One held-out sequence as the decoder reads it, with the fold's frame classifier and the truth.
     *
     * @param design which design it stands for: its units are weighed so that every design counts alike
     */
    record Sequence(String design, FrameDecoding ready, FeatureSpace space, FrameClassifier classifier, int[] truth) {
    }

    /** The frame temperature that best explains held-out documents' voices (log-loss, grid on a log scale). */
    static double temperature(List<double[]> scores, List<Integer> voices, FrameClassifier classifier, int labels) {
        return bestTemperature(-2, t -> {
            double loss = 0;
            for (int d = 0; d < scores.size(); d++) {
                loss -= Math.log(Math.max(classifier.voices(scores.get(d), labels, t)[voices.get(d)], FLOOR));
            }
            return loss;
        });
    }

    /** The temperature of least {@code loss} on a log-scale grid from e^fromLog to e^3 (1 if none is finite). */
    private static double bestTemperature(double fromLog, java.util.function.DoubleUnaryOperator loss) {
        double best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double logT = fromLog; logT <= 3; logT += 0.05) {
            double t = Math.exp(logT);
            double l = loss.applyAsDouble(t);
            if (l < bestLoss) {
                bestLoss = l;
                best = t;
            }
        }
        return best;
    }

    /** The parameters that label held-out sequences best (voice-balanced accuracy, each design alike). */
    static FrameParameters parameters(List<Sequence> sequences, int labels) {
        FrameParameters best = FrameParameters.DEFAULT;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double switchCost : SWITCH_COSTS) {
            for (double full : FULL_PARAGRAPHS) {
                for (double unitWeight : UNIT_WEIGHTS) {
                    FrameParameters p = new FrameParameters(switchCost, full, unitWeight, 1);
                    double score = balancedAccuracy(sequences, p, labels);
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        best = p;
                    }
                }
            }
        }
        return best.withTemperature(unitTemperature(sequences, best, labels));
    }

    /** Mean over designs of the mean over voices of the share of units labeled right. */
    static double balancedAccuracy(List<Sequence> sequences, FrameParameters p, int labels) {
        java.util.Map<String, long[][]> counts = new java.util.TreeMap<>(); // design -> [voice][right, all]
        for (Sequence s : sequences) {
            FrameDecoder.Decoding d = s.ready().decode(s.space(), s.classifier(), p, labels);
            long[][] c = counts.computeIfAbsent(s.design(), k -> new long[labels][2]);
            for (int i = 0; i < s.truth().length; i++) {
                if (s.truth()[i] >= 0) {
                    c[s.truth()[i]][1]++;
                    if (d.path()[i] == s.truth()[i]) {
                        c[s.truth()[i]][0]++;
                    }
                }
            }
        }
        double sum = 0;
        for (long[][] c : counts.values()) {
            double recall = 0;
            int voices = 0;
            for (long[] v : c) {
                if (v[1] > 0) {
                    recall += (double) v[0] / v[1];
                    voices++;
                }
            }
            sum += voices == 0 ? 0 : recall / voices;
        }
        return counts.isEmpty() ? 0 : sum / counts.size();
    }

    /** Prior weight, in decisions, of all sieves' precision on each sieve's own. */
    private static final int SIEVE_PRIOR = 4;

    /**
     * Each quotation sieve's precision on the held-out hand-labeled passages, smoothed toward all sieves' together.
     * Weakly labeled works do not count: their folder's voice is wrong for exactly the quotations whose marks were
     * lost, which are what the sieves find.
     */
    static java.util.Map<String, Double> sieveProbabilities(List<Sequence> sequences) {
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        int right = 0;
        int all = 0;
        for (Sequence s : sequences) {
            if (!s.design().equals(HAND_LABELED)) {
                continue;
            }
            for (int i = 0; i < s.truth().length; i++) {
                whosaid.quote.Attribution a = s.ready().cues().get(i).attribution();
                if (a == null || s.truth()[i] < 0 || s.ready().input().own()[i]) {
                    continue;
                }
                boolean ok = whosaid.Argmax.of(s.ready().input().emissions()[i]) == s.truth()[i];
                int[] c = counts.computeIfAbsent(a.sieve().id(), k -> new int[2]);
                c[0] += ok ? 1 : 0;
                c[1]++;
                right += ok ? 1 : 0;
                all++;
            }
        }
        double pooled = (right + 1.0) / (all + 2.0);
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        counts.forEach((sieve, c) -> out.put(sieve, (c[0] + SIEVE_PRIOR * pooled) / (c[1] + SIEVE_PRIOR)));
        return out;
    }

    /** The temperature of the units' own-word probabilities that best explains their true voices. */
    private static double unitTemperature(List<Sequence> sequences, FrameParameters p, int labels) {
        List<double[]> logits = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (Sequence s : sequences) {
            FrameDecoder.Decoding d = s.ready().decode(s.space(), s.classifier(), p, labels);
            for (int i = 0; i < s.truth().length; i++) {
                if (s.truth()[i] >= 0 && s.ready().input().own()[i] && d.sectionOf()[i] >= 0) {
                    double[] z = new double[labels];
                    for (int v = 0; v < labels; v++) {
                        z[v] = Math.log(Math.max(d.probabilities()[i][v], FLOOR));
                    }
                    logits.add(z);
                    truth.add(s.truth()[i]);
                }
            }
        }
        return bestTemperature(-1.5, t -> {
            double loss = 0;
            for (int k = 0; k < logits.size(); k++) {
                double[] z = logits.get(k);
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (double v : z) {
                    sum += Math.exp((v - max) / t);
                }
                loss -= (z[truth.get(k)] - max) / t - Math.log(sum);
            }
            return loss;
        });
    }

    /**
     * Pages stitched at paragraph breaks from the works of one fold (all unseen by that fold's classifiers): 2 to 4
     * sections of 2 to 5 paragraphs, each section of another voice than the one before.
     */
    static List<Sequence> stitched(List<Sequence> works, long seed) {
        List<Sequence> out = new ArrayList<>();
        java.util.Map<Integer, List<Sequence>> byVoice = new java.util.TreeMap<>();
        for (Sequence w : works) {
            int voice = java.util.Arrays.stream(w.truth()).filter(t -> t >= 0).findFirst().orElse(-1);
            if (voice >= 0 && paragraphs(w).size() >= 2) {
                byVoice.computeIfAbsent(voice, v -> new ArrayList<>()).add(w);
            }
        }
        if (byVoice.size() < 2) {
            return out;
        }
        List<Integer> voices = new ArrayList<>(byVoice.keySet());
        Random random = new Random(seed);
        Sequence any = works.get(0);
        for (int page = 0; page < STITCHED_PAGES_PER_FOLD; page++) {
            List<Integer> paragraph = new ArrayList<>();
            List<Boolean> own = new ArrayList<>();
            List<Integer> characters = new ArrayList<>();
            List<double[]> emissions = new ArrayList<>();
            List<KnownFeatures> features = new ArrayList<>();
            List<whosaid.quote.Cue> cues = new ArrayList<>();
            List<Integer> truth = new ArrayList<>();
            int sections = 2 + random.nextInt(3);
            int previous = -1;
            int next = 0;
            for (int k = 0; k < sections; k++) {
                int voice;
                do {
                    voice = voices.get(random.nextInt(voices.size()));
                } while (voice == previous);
                previous = voice;
                List<Sequence> candidates = byVoice.get(voice);
                Sequence w = candidates.get(random.nextInt(candidates.size()));
                List<int[]> ps = paragraphs(w);
                int take = Math.min(ps.size(), 2 + random.nextInt(4));
                int first = random.nextInt(ps.size() - take + 1);
                FrameDecoder.Input in = w.ready().input();
                for (int[] range : ps.subList(first, first + take)) {
                    for (int i = range[0]; i < range[1]; i++) {
                        paragraph.add(next);
                        own.add(in.own()[i]);
                        characters.add(in.characters()[i]);
                        emissions.add(in.emissions()[i]);
                        features.add(w.ready().features().get(i));
                        cues.add(w.ready().cues().get(i));
                        truth.add(w.truth()[i]);
                    }
                    next++;
                }
            }
            boolean[] ownArray = new boolean[own.size()];
            for (int i = 0; i < ownArray.length; i++) {
                ownArray[i] = own.get(i);
            }
            FrameDecoder.Input input = new FrameDecoder.Input(paragraph.stream().mapToInt(Integer::intValue).toArray(),
                    ownArray, characters.stream().mapToInt(Integer::intValue).toArray(),
                    emissions.toArray(new double[0][]));
            out.add(new Sequence("stitched", new FrameDecoding(input, cues, features), any.space(), any.classifier(),
                    truth.stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private static List<int[]> paragraphs(Sequence s) {
        List<int[]> out = new ArrayList<>();
        int[] p = s.ready().input().paragraph();
        int i = 0;
        while (i < p.length) {
            int j = i;
            boolean labeled = false;
            while (j < p.length && p[j] == p[i]) {
                labeled |= s.truth()[j] >= 0;
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
