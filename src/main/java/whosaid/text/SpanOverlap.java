package whosaid.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Matches two segmentations of one text: for each span of one, the span of the other that covers most of it. */
public final class SpanOverlap {
    private SpanOverlap() {
    }

    /**
     * For each target span, the index of the source span overlapping it most (the earlier one on ties), or -1 when
     * none overlaps. Both lists are in text order, so one pass suffices.
     */
    public static <A, B> int[] bestCover(List<A> targets, ToIntFunction<A> targetStart, ToIntFunction<A> targetEnd,
                                         List<B> sources, ToIntFunction<B> sourceStart, ToIntFunction<B> sourceEnd) {
        int[] cover = new int[targets.size()];
        int first = 0;
        for (int t = 0; t < targets.size(); t++) {
            int ts = targetStart.applyAsInt(targets.get(t));
            int te = targetEnd.applyAsInt(targets.get(t));
            while (first < sources.size() && sourceEnd.applyAsInt(sources.get(first)) <= ts) {
                first++;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int s = first; s < sources.size() && sourceStart.applyAsInt(sources.get(s)) < te; s++) {
                int overlap = Math.min(te, sourceEnd.applyAsInt(sources.get(s)))
                        - Math.max(ts, sourceStart.applyAsInt(sources.get(s)));
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = s;
                }
            }
            cover[t] = best;
        }
        return cover;
    }
}
