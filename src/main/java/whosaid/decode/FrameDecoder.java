package whosaid.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whosaid.Argmax;

/**
 * Decodes a passage as real text is built: a frame voice (whoever wrote the page, the chapter, the speech) with
 * insertions. Quotations a sieve attributed, and headings, are insertions decided before; every other unit is the
 * frame's own words. The own words are pooled paragraph by paragraph; a new section (a stretch by another author
 * stitched in) opens only at a paragraph break, where the pooled paragraphs after it outweigh the cost of a switch;
 * each section's voice is then decided from all its own words together, as authorship attribution decides a
 * document, and a unit inside it leaves that voice only on overwhelming evidence of its own.
 */
public final class FrameDecoder {
    private static final double FLOOR = 1e-12;

    private FrameDecoder() {
    }

    /** The probability of each voice given the pooled own words of some units. */
    public interface Pool {
        double[] voices(int[] units);
    }

    /**
     * @param units each unit's paragraph, whether it is the frame's own words (not an insertion), its length in
     *     characters, and its emission (the classifier's calibrated probabilities, or an insertion's decided ones)
     */
    public record Input(int[] paragraph, boolean[] own, int[] characters, double[][] emissions) {
        public int size() {
            return paragraph.length;
        }
    }

    /** A stretch of whole paragraphs with one voice: units {@code from} to {@code to}, exclusive. */
    public record Section(int from, int to, int voice, double[] probabilities) {
    }

    /**
     * @param path each unit's voice
     * @param probabilities each unit's probability of every voice
     * @param sections the passage's sections in order (none when it has no own words)
     * @param sectionOf each unit's section index, or -1
     * @param frame the probability of each voice pooled over all of the passage's own words, or null if it has none
     */
    public record Decoding(int[] path, double[][] probabilities, List<Section> sections, int[] sectionOf,
                           double[] frame) {
    }

    public static Decoding decode(Input in, Pool pool, FrameParameters params, int voices) {
        int n = in.size();
        List<int[]> paragraphs = ownParagraphs(in);
        int[] path = new int[n];
        double[][] probabilities = new double[n][];
        int[] sectionOf = new int[n];
        Arrays.fill(sectionOf, -1);
        if (paragraphs.isEmpty()) {
            for (int i = 0; i < n; i++) {
                probabilities[i] = in.emissions()[i];
                path[i] = Argmax.of(probabilities[i]);
            }
            return new Decoding(path, probabilities, List.of(), sectionOf, null);
        }
        int[] voiceOf = switches(in, paragraphs, pool, params, voices);
        List<Section> sections = sections(in, paragraphs, voiceOf, pool);
        int[] all = paragraphs.stream().flatMapToInt(Arrays::stream).toArray();
        double[] frame = pool.voices(all);
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            for (int i = section.from(); i < section.to(); i++) {
                sectionOf[i] = s;
                if (in.own()[i]) {
                    probabilities[i] = params.unit(section.probabilities(), in.emissions()[i]);
                } else {
                    probabilities[i] = in.emissions()[i];
                }
                path[i] = Argmax.of(probabilities[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (probabilities[i] == null) { // insertions before the first own words
                probabilities[i] = in.emissions()[i];
                path[i] = Argmax.of(probabilities[i]);
            }
        }
        return new Decoding(path, probabilities, sections, sectionOf, frame);
    }

    /** The own units of each paragraph that has any, in order. */
    private static List<int[]> ownParagraphs(Input in) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            int j = i;
            List<Integer> own = new ArrayList<>();
            while (j < in.size() && in.paragraph()[j] == in.paragraph()[i]) {
                if (in.own()[j]) {
                    own.add(j);
                }
                j++;
            }
            if (!own.isEmpty()) {
                out.add(own.stream().mapToInt(Integer::intValue).toArray());
            }
            i = j;
        }
        return out;
    }

    /**
     * The voice of each paragraph in the best chain: each paragraph's pooled log-probabilities, weighed by how much
     * text it holds, against a fixed cost for every switch (Viterbi).
     */
    private static int[] switches(Input in, List<int[]> paragraphs, Pool pool, FrameParameters params, int voices) {
        int m = paragraphs.size();
        double[][] delta = new double[m][voices];
        int[][] back = new int[m][voices];
        for (int p = 0; p < m; p++) {
            int[] units = paragraphs.get(p);
            int chars = 0;
            for (int u : units) {
                chars += in.characters()[u];
            }
            double weight = Math.min(1, chars / params.fullParagraph());
            double[] q = pool.voices(units);
            for (int v = 0; v < voices; v++) {
                double evidence = weight * Math.log(Math.max(q[v], FLOOR));
                if (p == 0) {
                    delta[p][v] = evidence;
                    continue;
                }
                int best = v;
                double bestScore = delta[p - 1][v];
                for (int u = 0; u < voices; u++) {
                    double score = delta[p - 1][u] - params.switchCost();
                    if (u != v && score > bestScore) {
                        best = u;
                        bestScore = score;
                    }
                }
                delta[p][v] = bestScore + evidence;
                back[p][v] = best;
            }
        }
        int[] voiceOf = new int[m];
        voiceOf[m - 1] = Argmax.of(delta[m - 1]);
        for (int p = m - 1; p > 0; p--) {
            voiceOf[p - 1] = back[p][voiceOf[p]];
        }
        return voiceOf;
    }

    /**
     * Runs of paragraphs of one voice, each decided again from all its own words pooled, neighbours of the same
     * pooled voice merged, until no two neighbours agree.
     */
    private static List<Section> sections(Input in, List<int[]> paragraphs, int[] voiceOf, Pool pool) {
        List<int[]> runs = new ArrayList<>(); // [first paragraph, last paragraph + 1]
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p == 0 || voiceOf[p] != voiceOf[p - 1]) {
                runs.add(new int[] {p, p + 1});
            } else {
                runs.get(runs.size() - 1)[1] = p + 1;
            }
        }
        List<double[]> pooled = new ArrayList<>();
        runs.forEach(r -> pooled.add(pool.voices(units(paragraphs, r[0], r[1]))));
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int r = 1; r < runs.size(); r++) {
                if (Argmax.of(pooled.get(r)) == Argmax.of(pooled.get(r - 1))) {
                    runs.get(r - 1)[1] = runs.get(r)[1];
                    runs.remove(r);
                    pooled.remove(r);
                    pooled.set(r - 1, pool.voices(units(paragraphs, runs.get(r - 1)[0], runs.get(r - 1)[1])));
                    merged = true;
                    break;
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            // a section runs from its first paragraph's first unit (the first section: from the passage's start)
            // to the next section's start, so insertions between paragraphs belong to the section before them
            int from = r == 0 ? 0 : firstUnitOfParagraph(in, paragraphs.get(runs.get(r)[0])[0]);
            int to = r + 1 < runs.size() ? firstUnitOfParagraph(in, paragraphs.get(runs.get(r + 1)[0])[0]) : in.size();
            sections.add(new Section(from, to, Argmax.of(pooled.get(r)), pooled.get(r)));
        }
        return sections;
    }

    private static int[] units(List<int[]> paragraphs, int from, int to) {
        return paragraphs.subList(from, to).stream().flatMapToInt(Arrays::stream).toArray();
    }

    private static int firstUnitOfParagraph(Input in, int unit) {
        int i = unit;
        while (i > 0 && in.paragraph()[i - 1] == in.paragraph()[unit]) {
            i--;
        }
        return i;
    }
}
