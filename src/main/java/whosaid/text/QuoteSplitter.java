package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence that carries a quotation into its introducer, the quotation, and any words after it.
 *
 * <p>Quotations are found two ways: between quotation marks of any common style (curly, straight, guillemets,
 * low-high), and after a colon introducer ("On December 13 he wrote me: I earnestly urge you ..."), which is all
 * that is left of a quotation whose marks a web page lost. A part becomes its own unit only when it is long
 * enough to stand alone ({@link #MIN_WORDS} words); shorter parts stay with their neighbour.
 *
 * <p>One splitter reads one paragraph: a quotation opened and not closed in a sentence continues into the next.
 */
final class QuoteSplitter {
    static final int MIN_WORDS = 3;
    static final String QUOTE_CUE = SegmentCue.QUOTE.text();
    static final String COLON_CUE = SegmentCue.COLON.text();

    /** The closing mark of the quotation still open from an earlier sentence, or 0. */
    private char openQuotationCloser;

    /** Splits one sentence (a trimmed span of {@code text}) into units, in order, tiling the sentence. */
    List<Span> split(String text, Span sentence) {
        List<Span> parts = quotedParts(text, sentence);
        if (parts.size() == 1 && parts.get(0).kind() == UnitKind.SENTENCE) {
            parts = colonParts(text, sentence);
        }
        return parts;
    }

    private List<Span> quotedParts(String text, Span sentence) {
        List<Span> raw = new ArrayList<>();
        int pos = sentence.start();
        int end = sentence.end();
        while (pos < end) {
            if (openQuotationCloser != 0) {
                int close = findCloser(text, pos, end, openQuotationCloser);
                if (close < 0) {
                    raw.add(new Span(pos, end, UnitKind.QUOTATION, QUOTE_CUE));
                    pos = end;
                } else {
                    raw.add(new Span(pos, close + 1, UnitKind.QUOTATION, QUOTE_CUE));
                    pos = close + 1;
                    openQuotationCloser = 0;
                }
                continue;
            }
            int open = findOpener(text, pos, end);
            if (open < 0) {
                raw.add(new Span(pos, end));
                break;
            }
            if (open > pos) {
                raw.add(new Span(pos, open));
            }
            openQuotationCloser = QuotationMarks.closerFor(text.charAt(open));
            int close = findCloser(text, open + 1, end, openQuotationCloser);
            if (close < 0) {
                raw.add(new Span(open, end, UnitKind.QUOTATION, QUOTE_CUE));
                pos = end;
            } else {
                raw.add(new Span(open, close + 1, UnitKind.QUOTATION, QUOTE_CUE));
                pos = close + 1;
                openQuotationCloser = 0;
            }
        }
        return merge(text, raw);
    }

    private static int findOpener(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuotationMarks.isOpener(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int findCloser(String text, int from, int to, char closer) {
        for (int i = from; i < to; i++) {
            if (QuotationMarks.isCloser(text, i, closer)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Folds parts too short to stand alone into a neighbour and names the rest: a short "quotation" is a scare
     * quote, and a short stretch of author's words ("he said") goes with the quotation it interrupts.
     */
    private static List<Span> merge(String text, List<Span> raw) {
        List<Span> parts = new ArrayList<>();
        for (Span part : raw) {
            Span trimmed = Blank.trim(text, part);
            if (trimmed.length() == 0) {
                continue;
            }
            if (trimmed.kind() == UnitKind.QUOTATION && Words.count(text, trimmed) < MIN_WORDS) {
                trimmed = trimmed.withKind(UnitKind.SENTENCE, "");
            }
            parts.add(trimmed);
        }
        boolean anyQuotation = parts.stream().anyMatch(p -> p.kind() == UnitKind.QUOTATION);
        if (!anyQuotation) {
            return List.of(coverAll(parts, UnitKind.SENTENCE, ""));
        }
        List<Span> merged = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Span part = parts.get(p);
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                boolean sameKind = last.kind() == part.kind();
                // "Lenin wrote:" before the first quotation, "Lenin declared." after the last stand alone: the
                // author's words keep the author's voice; a short "he said" inside a quotation goes with it
                boolean partTooShort = part.kind() != UnitKind.QUOTATION && Words.count(text, part) < MIN_WORDS
                        && !(p == parts.size() - 1 && speechFrame(text, part));
                boolean lastTooShort = last.kind() != UnitKind.QUOTATION && Words.count(text, last) < MIN_WORDS
                        && !(merged.size() == 1 && p == 1 && speechFrame(text, last));
                if (sameKind || partTooShort || lastTooShort) {
                    UnitKind kind = last.kind() == UnitKind.QUOTATION || part.kind() == UnitKind.QUOTATION
                            ? UnitKind.QUOTATION : UnitKind.SENTENCE;
                    merged.set(merged.size() - 1, new Span(last.start(), part.end(), kind,
                            kind == UnitKind.QUOTATION ? QUOTE_CUE : ""));
                    continue;
                }
            }
            merged.add(part);
        }
        return name(merged);
    }

    /** Author's words before a quotation introduce it; author's words after the last one are its tail. */
    private static List<Span> name(List<Span> parts) {
        List<Span> named = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Span part = parts.get(i);
            if (part.kind() == UnitKind.QUOTATION || parts.size() == 1) {
                named.add(part);
            } else if (i + 1 < parts.size()) {
                named.add(part.withKind(UnitKind.INTRODUCER, ""));
            } else {
                named.add(part.withKind(UnitKind.TAIL, ""));
            }
        }
        return named;
    }

    private static Span coverAll(List<Span> parts, UnitKind kind, String cue) {
        return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end(), kind, cue);
    }

    /** "He wrote me: I earnestly urge you ..." becomes the introducer and the quotation. */
    private static List<Span> colonParts(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end() - 1; i++) {
            if (text.charAt(i) != ':' || !Blank.isBlank(text.charAt(i + 1))) {
                continue;
            }
            int quoteStart = Blank.skipForward(text, i + 1, sentence.end());
            if (quoteStart >= sentence.end() || !startsLikeQuotation(text, quoteStart)) {
                continue;
            }
            Span introducer = new Span(sentence.start(), i + 1, UnitKind.INTRODUCER, "");
            Span quotation = new Span(quoteStart, sentence.end(), UnitKind.QUOTATION, COLON_CUE);
            // "Lenin wrote:" is short but plainly an introducer; a two-word heading before a colon is not
            if ((Words.count(text, introducer) >= MIN_WORDS || speechFrame(text, introducer))
                    && Words.count(text, quotation) >= MIN_WORDS) {
                return List.of(introducer, quotation);
            }
        }
        return List.of(sentence);
    }

    /** Two words with a speech word ("Lenin wrote:", "said Stalin."): short, but plainly who speaks. */
    private static boolean speechFrame(String text, Span span) {
        return Words.count(text, span) == 2 && SpeechVerbs.any(text.substring(span.start(), span.end()));
    }

    private static boolean startsLikeQuotation(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
    }
}
