package whosaid.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /**
     * What may stand between a speech word and a name after it for the name to be the speaker: nothing ("said
     * Stalin"), "of" ("the words of Stalin", "according to Comrade Lenin"), a title. "stated that Stalin" and "wrote to
     * Stalin" name whom it is about or for.
     */
    private static final Pattern INVERTED = Pattern.compile("\\s*(?:of\\s+|the\\s+)?(?:Comrade\\s+|comrade\\s+)?");
    /** The most words of a sentence after a quotation that names its speaker: "So wrote Lenin.", "Thus Stalin." */
    private static final int MAX_SIGNATURE_WORDS = 4;
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|we|We)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    /** A capitalised word that may name a person or body; sentence openers and pronouns are not names. */
    private static final Pattern NAME = Pattern.compile(
            "(?!(?:The|This|That|These|Those|They|She|He|His|Her|Its|It|Our|Their|One|Then|There|Here|But|And|Thus|"
                    + "Yet|In|On|At|As|So|If|When|What|Who|We|I|A|An|To|For|With|After|Before|During|Even|Nobody|No one|"
                    + "Nothing|Everyone|Everybody|Someone|Somebody|Many|Few|Most|Others|Another|"
                    + "Only|Now|Yes|No|Such|All|Some|Every|Each|Both|Let|Upon|From|By|Of|Not)\\b)"
                    + "\\p{Lu}[\\p{L}\\-]+");
    /** A name right after one of these is an object, not the one speaking: "of Stalin", "to Lenin". */
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?:of|to|with|about|against|for|from|on|upon|by|at|towards?|at)\\s+(?:the\\s+)?(?:comrade\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)\\]\"”’]*\\s+(?=\\p{Lu}|[\"“])");
    /** Someone else named just after the speech word: "wrote the Bolshevik Novaya Zhizn", "said Plekhanov". */
    private static final Pattern OTHER_AFTER = Pattern.compile("\\s*(?:the\\s+)?(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+");

    private final Speakers speakers;

    public QuoteSieves(Speakers speakers) {
        this.speakers = speakers;
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
            if (u.kind() == UnitKind.QUOTATION) {
                a = continues(units, i) && out.get(i - 1) != null ? out.get(i - 1) : attribute(units, i);
            } else if (blockQuotation(units, i)) {
                a = decide(new Frame(units.get(i - 1).text(), i - 1), units, i);
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
     * A paragraph opened right after a paragraph that ends with a colon introducer ("As Marx wrote:"): a block
     * quotation set apart, whose marks are the paragraph break (or that keeps its marks).
     */
    private static boolean blockQuotation(List<Unit> units, int i) {
        if (i == 0 || units.get(i - 1).paragraph() == units.get(i).paragraph()
                || units.get(i - 1).kind() == UnitKind.QUOTATION) {
            return false;
        }
        String before = units.get(i - 1).text().strip();
        return before.endsWith(":") && SpeechVerbs.any(before);
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
            if (tail || signature) {
                frames.add(new Frame(after.text(), q + 1));
            }
        }
        boolean firstInParagraph = before != null && before.paragraph() != quotation.paragraph();
        if (firstInParagraph && before.kind() != UnitKind.QUOTATION && before.text().strip().endsWith(":")) {
            frames.add(new Frame(before.text(), q - 1));
        }
        if (sentenceBefore && !introducer) {
            frames.add(new Frame(before.text(), q - 1));
        }
        return frames;
    }

    private Attributed decide(Frame whole, List<Unit> units, int q) {
        Attribution a = decideVoice(whole, units, q);
        return a == null ? null : new Attributed(a, whole.unit(), whole.text().strip());
    }

    private Attribution decideVoice(Frame whole, List<Unit> units, int q) {
        String wholeFrame = whole.text();
        // only the last clause introduces: an earlier sentence merged into the unit speaks of other things
        String frame = lastSentence(wholeFrame);
        int[] verb = SpeechVerbs.last(frame);
        if (verb == null) {
            return null;
        }
        String named = namedSubject(frame, verb);
        if (named != null) {
            return new Attribution(Sieve.NAMED, named);
        }
        String beforeVerb = frame.substring(0, verb[0]);
        if (FIRST_PERSON.matcher(lastClause(beforeVerb)).find()) {
            return new Attribution(Sieve.FIRST_PERSON, Attribution.AUTHOR);
        }
        Matcher pronoun = PRONOUN.matcher(beforeVerb);
        if (PRONOUN.matcher(lastClause(beforeVerb)).find() && pronoun.find()) {
            int offset = wholeFrame.length() - frame.length();
            String earlier = nearestVoiceBefore(units, Math.min(whole.unit(), q) - 1,
                    wholeFrame.substring(0, offset + pronoun.start()));
            if (earlier != null) {
                return new Attribution(Sieve.PRONOUN, earlier);
            }
            return null;
        }
        String masked = speakers.mask(frame);
        int[] maskedVerb = SpeechVerbs.last(masked);
        if (maskedVerb != null && (NAME.matcher(lastClause(masked.substring(0, maskedVerb[0]))).find()
                || OTHER_AFTER.matcher(masked.substring(maskedVerb[1])).lookingAt())) {
            return new Attribution(Sieve.OTHER_NAMED, Attribution.OTHER);
        }
        return null;
    }

    /**
     * The voice named as the speech word's subject: the nearest name before it in the same clause ("Lenin,
     * little given to complaining, wrote"), or one within a few words after it ("said Stalin", "the words of Stalin
     * himself"). A name further on is what is spoken about ("its characterization of Stalin and Trotsky:").
     */
    private String namedSubject(String frame, int[] verb) {
        String nearestBefore = null;
        for (Speakers.Mention m : speakers.find(frame)) {
            if (m.end() <= verb[0]) {
                String between = frame.substring(m.end(), verb[0]);
                // "What Lenin discovered in Stalin he remarked", "In conversations with Lenin we remarked": the
                // pronoun, not the name, is the subject; so is the biographer in "a biographer of Stalin concluded"
                boolean pronounSubject = FIRST_PERSON.matcher(between).find() || PRONOUN.matcher(between).find();
                boolean object = OBJECT.matcher(frame.substring(0, m.start())).find();
                nearestBefore = between.contains(";") || pronounSubject || object ? null : m.label();
            } else if (m.start() >= verb[1] && INVERTED.matcher(frame.substring(verb[1], m.start())).matches()
                    && (nearestBefore == null || !frame.substring(verb[1], m.start()).contains("of"))) {
                // "Trotsky wrote of Stalin:": the subject named before the verb speaks, "of" names whom about
                return m.label(); // "said Stalin", "in the words of Lenin"
            }
        }
        return nearestBefore;
    }

    /**
     * A pronoun stands for a voice named before it: first in its frame (up to the pronoun), else nearest earlier in
     * the paragraph, looking back from unit {@code from}.
     */
    private String nearestVoiceBefore(List<Unit> units, int from, String frame) {
        List<String> inFrame = speakers.named(frame);
        if (!inFrame.isEmpty()) {
            return inFrame.get(0); // the sentence's own subject, usually named first
        }
        int paragraph = units.get(from + 1).paragraph();
        for (int i = from; i >= 0 && units.get(i).paragraph() == paragraph; i--) {
            List<String> named = speakers.named(units.get(i).text());
            if (!named.isEmpty()) {
                return named.get(named.size() - 1);
            }
        }
        return null;
    }

    /** What follows the last sentence end (". ", ".) ") in the frame, or all of it. */
    private static String lastSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.end() < text.length() - 1) {
                from = m.end();
            }
        }
        return text.substring(from);
    }

    private static String lastClause(String text) {
        int cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
        return cut < 0 ? text : text.substring(cut + 1);
    }


}
