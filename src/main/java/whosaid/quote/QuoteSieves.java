package whosaid.quote;

import java.util.ArrayList;
import java.util.List;
import whosaid.text.QuotationMarks;
import whosaid.text.Speakers;
import whosaid.text.SpeechVerbs;
import whosaid.text.Unit;
import whosaid.text.UnitKind;
import whosaid.text.Words;

/**
 * The rule sieves, tried in order on each quotation unit: named speaker, first person, pronoun, someone else. Each
 * reads the words that introduce the quotation (the introducer unit before it in the paragraph, the short frame
 * inside the quotation unit, "“…,” said Stalin", or a short tail after it) and either decides or passes. A
 * quotation continuing an earlier one in the same paragraph takes its attribution.
 */
public final class QuoteSieves {
    /** The most words a frame kept inside a quotation unit, or a tail after it, may have to count as one. */
    private static final int MAX_FRAME_WORDS = 8;
    /** The most words of a sentence after a quotation that names its speaker: "So wrote Lenin.", "Thus Stalin." */
    private static final int MAX_SIGNATURE_WORDS = 4;
    /** The rule sieves in the order they are tried, as CoreNLP's quote attribution orders its sieves. */
    public static final List<Sieve> ORDER = List.of(Sieve.NAMED, Sieve.CITATION, Sieve.FIRST_PERSON, Sieve.PRONOUN,
            Sieve.OTHER_NAMED);

    private final Speakers speakers;
    private final List<RuleSieve> sieves;

    /** Every rule sieve on. */
    public QuoteSieves(Speakers speakers) {
        this(speakers, java.util.Set.of());
    }

    /** @param off sieves switched off, to measure what each one brings */
    public QuoteSieves(Speakers speakers, java.util.Set<Sieve> off) {
        this.speakers = speakers;
        this.sieves = ORDER.stream().filter(s -> !off.contains(s)).map(QuoteSieves::sieve).toList();
    }

    private static RuleSieve sieve(Sieve id) {
        return switch (id) {
            case NAMED -> new NamedSieve();
            case CITATION -> new CitationSieve();
            case FIRST_PERSON -> new FirstPersonSieve();
            case PRONOUN -> new PronounSieve();
            case OTHER_NAMED -> new OtherNamedSieve();
            default -> throw new IllegalArgumentException(id + " is not a rule sieve");
        };
    }

    /** The attribution of every unit of a passage: set on quotations a rule sieve decides, null elsewhere. */
    public List<Attribution> attribute(List<Unit> units) {
        return attributeAll(units).stream().map(a -> a == null ? null : a.attribution()).toList();
    }

    /**
     * What the rule sieves decide for every unit of a passage, with the unit whose words named the speaker; null
     * for a unit no sieve decided.
     */
    public List<Attributed> attributeAll(List<Unit> units) {
        List<Attributed> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Attributed a = null;
            Frame block = colonIntroducer(units, i);
            if (u.kind() == UnitKind.QUOTATION) {
                a = continues(units, i) && out.get(i - 1) != null ? out.get(i - 1) : attribute(units, i);
                if (a == null) {
                    a = acrossInterruption(units, out, i);
                }
            } else if (block != null && SpeechVerbs.any(block.text())) {
                a = decide(block, units, i);
            }
            out.add(a);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * A quotation goes on from the unit before: in the same paragraph, or in the next paragraph of a quotation
     * running over several, each paragraph opened with a mark and only the last one closed.
     */
    private static boolean continues(List<Unit> units, int i) {
        if (i == 0 || units.get(i - 1).kind() != UnitKind.QUOTATION) {
            return false;
        }
        Unit u = units.get(i);
        int paragraph = units.get(i - 1).paragraph();
        if (paragraph == u.paragraph()) {
            return true;
        }
        if (!QuotationMarks.opens(u.text())) {
            return false;
        }
        StringBuilder before = new StringBuilder();
        for (int j = i - 1; j >= 0 && units.get(j).paragraph() == paragraph; j--) {
            before.insert(0, units.get(j).text() + " ");
        }
        return QuotationMarks.leavesOpen(before.toString());
    }

    /**
     * The colon introducer closing the paragraph before unit {@code i}, when {@code i} opens a paragraph: a block
     * quotation set apart, whose marks are the paragraph break (or that keeps its marks). The introducer's sentence
     * may end in a short quotation ("his new interpretation of the term “dictatorship of the proletariat”:"): the
     * frame is then that sentence's units together. Null if there is none.
     */
    private static Frame colonIntroducer(List<Unit> units, int i) {
        if (i == 0 || units.get(i - 1).paragraph() == units.get(i).paragraph()
                || !units.get(i - 1).text().strip().endsWith(":")) {
            return null;
        }
        int paragraph = units.get(i - 1).paragraph();
        int j = i - 1;
        while (units.get(j).kind() == UnitKind.QUOTATION && j > 0 && units.get(j - 1).paragraph() == paragraph) {
            j--;
        }
        if (units.get(j).kind() == UnitKind.QUOTATION) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int k = j; k < i; k++) {
            text.append(k > j ? " " : "").append(units.get(k).text());
        }
        return new Frame(text.toString(), j);
    }

    /**
     * “…,” he said in 1921 “…”: a quotation resumed in its sentence after words that say nothing of who speaks (“but
     * in working politics,”) is the same speaker's.
     */
    private static Attributed acrossInterruption(List<Unit> units, List<Attributed> out, int i) {
        if (i < 2 || out.get(i - 2) == null || units.get(i - 2).kind() != UnitKind.QUOTATION) {
            return null;
        }
        Unit between = units.get(i - 1);
        boolean sameParagraph = units.get(i - 2).paragraph() == units.get(i).paragraph();
        String text = between.text().strip();
        boolean sameSentence = !text.isEmpty() && !Character.isUpperCase(text.codePointAt(0));
        return sameParagraph && sameSentence && between.kind() != UnitKind.QUOTATION && !SpeechVerbs.any(text)
                ? out.get(i - 2) : null;
    }

    /** Words that may introduce a quotation, and the unit they come from. */
    private record Frame(String text, int unit) {
    }

    /** The first rule sieve's decision on quotation {@code q}, or null when all pass. */
    Attributed attribute(List<Unit> units, int q) {
        for (Frame frame : frames(units, q)) {
            Attributed a = decide(frame, units, q);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * Words that may introduce quotation {@code q}, nearest first: its own frame, the introducer, a short tail, a
     * short sentence after it ("So wrote Lenin."), the colon introducer closing the paragraph before a block
     * quotation.
     */
    private static List<Frame> frames(List<Unit> units, int q) {
        List<Frame> frames = new ArrayList<>(3);
        Unit quotation = units.get(q);
        String own = QuotationMarks.outsideQuotations(quotation.text());
        if (!own.equals(quotation.text()) && Words.count(own) <= MAX_FRAME_WORDS) {
            frames.add(new Frame(own, q));
        }
        Unit before = q > 0 ? units.get(q - 1) : null;
        boolean sentenceBefore = before != null && before.paragraph() == quotation.paragraph()
                && before.kind() != UnitKind.QUOTATION;
        // a whole sentence before that ends with a full stop only introduces when nothing nearer names anyone
        boolean introducer = sentenceBefore && (before.kind() == UnitKind.INTRODUCER
                || before.text().strip().endsWith(":") || before.text().strip().endsWith(","));
        if (introducer) {
            frames.add(new Frame(before.text(), q - 1));
        }
        Unit after = q + 1 < units.size() ? units.get(q + 1) : null;
        if (after != null && after.paragraph() == quotation.paragraph()) {
            boolean tail = after.kind() == UnitKind.TAIL && Words.count(after.text()) <= MAX_FRAME_WORDS;
            boolean signature = after.kind() == UnitKind.SENTENCE && Words.count(after.text()) <= MAX_SIGNATURE_WORDS
                    && SpeechVerbs.any(after.text());
            boolean citation = after.kind() != UnitKind.QUOTATION && after.text().strip().startsWith("(")
                    && Words.count(after.text()) <= MAX_FRAME_WORDS;
            signature |= citation;
            if (tail || signature) {
                frames.add(new Frame(after.text(), q + 1));
            }
        }
        Frame block = colonIntroducer(units, q);
        if (block != null) {
            frames.add(block);
        }
        if (sentenceBefore && !introducer) {
            frames.add(new Frame(before.text(), q - 1));
        }
        return frames;
    }

    private Attributed decide(Frame whole, List<Unit> units, int q) {
        Introduction in = new Introduction(whole.text(), whole.unit(), q, units, speakers);
        for (RuleSieve sieve : sieves) {
            Attribution a = sieve.decide(in);
            if (a != null) {
                return new Attributed(a, whole.unit(), whole.text().strip());
            }
        }
        return null;
    }
}
