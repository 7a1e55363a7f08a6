package whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import whosaid.text.Passage;
import whosaid.text.Unit;
import whosaid.train.LabeledPassage;

/**
 * Pages composed as a historian's source reads: a frame (8 to 14 sentences of one held-out work, in 2 to 5
 * paragraphs) quoting 1 to 3 passages of held-out works of other voices, each introduced in one of the usual ways:
 * {@code X wrote: "..."}, {@code As X put it, "..."}, {@code "...," X declared.}, {@code X wrote:} closing a
 * paragraph with the quotation set apart as the next one, or {@code In the words of X: ...} with its marks lost.
 * The introducer's words are the frame's; the quoted words are the quoted voice's.
 */
final class Composer {
    /** A composed page and its gold: character spans of the text (code points) with their voices. */
    record Composed(Passage passage, List<GoldSpan> gold, String frameGroup) {
    }

    record GoldSpan(int start, int end, String label) {
    }

    private enum Form { WROTE, PUT_IT, DECLARED, BLOCK, COLON_NO_MARKS }

    private Composer() {
    }

    /**
     * @param works the held-out works of one fold (two voices at least)
     * @param speakerNames the labels that are people's names ("Lenin"); another voice is quoted by its writer's name
     */
    static List<Composed> compose(List<LabeledPassage> works, int count, long seed, String prefix,
                                  List<String> speakerNames) {
        List<LabeledPassage> frames = works.stream().filter(w -> own(w).size() >= 3).toList(); // a short work: all of it
        List<LabeledPassage> quotable = works.stream().filter(w -> !w.id().contains("wikipedia") && !own(w).isEmpty())
                .toList();
        List<Composed> out = new ArrayList<>();
        if (frames.isEmpty()) {
            return out;
        }
        Random random = new Random(seed);
        for (int page = 0; page < count; page++) {
            LabeledPassage frame = frames.get(random.nextInt(frames.size()));
            String voice = voiceOf(frame);
            List<LabeledPassage> others = quotable.stream().filter(w -> !voiceOf(w).equals(voice)).toList();
            if (others.isEmpty()) {
                continue;
            }
            out.add(page(prefix + page, frame, others, random, speakerNames));
        }
        return out;
    }

    private static Composed page(String id, LabeledPassage frame, List<LabeledPassage> others, Random random,
                                 List<String> speakerNames) {
        String voice = voiceOf(frame);
        List<Unit> own = own(frame);
        int n = Math.min(own.size(), 8 + random.nextInt(7));
        int first = random.nextInt(own.size() - n + 1);
        List<Unit> sentences = own.subList(first, first + n);
        int paragraphs = Math.min(n, 2 + random.nextInt(4));
        int quotations = 1 + random.nextInt(3);
        List<Integer> after = new ArrayList<>(); // a quotation follows these frame sentences
        while (after.size() < quotations) {
            int at = random.nextInt(n);
            if (!after.contains(at)) {
                after.add(at);
            }
        }
        StringBuilder text = new StringBuilder();
        List<GoldSpan> gold = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean newParagraph = i > 0 && i * paragraphs / n != (i - 1) * paragraphs / n;
            separate(text, newParagraph);
            span(text, gold, sentences.get(i).text(), voice);
            if (after.contains(i)) {
                LabeledPassage source = others.get(random.nextInt(others.size()));
                List<Unit> quotable = own(source);
                int take = Math.min(quotable.size(), 1 + random.nextInt(2));
                int from = random.nextInt(quotable.size() - take + 1);
                StringBuilder q = new StringBuilder();
                quotable.subList(from, from + take).forEach(u -> q.append(q.length() == 0 ? "" : " ").append(u.text()));
                quote(text, gold, Form.values()[random.nextInt(Form.values().length)], nameOf(source, speakerNames),
                        q.toString(), voice, voiceOf(source));
            }
        }
        return new Composed(new Passage(id, text.toString()), gold, frame.group());
    }

    private static void quote(StringBuilder text, List<GoldSpan> gold, Form form, String name, String quoted,
                              String frameVoice, String quotedVoice) {
        separate(text, false);
        switch (form) {
            case WROTE -> {
                span(text, gold, name + " wrote:", frameVoice);
                text.append(" “");
                span(text, gold, quoted, quotedVoice);
                text.append('”');
            }
            case PUT_IT -> {
                span(text, gold, "As " + name + " put it,", frameVoice);
                text.append(" “");
                span(text, gold, quoted, quotedVoice);
                text.append('”');
            }
            case DECLARED -> {
                String body = quoted.endsWith(".") ? quoted.substring(0, quoted.length() - 1) + "," : quoted;
                text.append('“');
                span(text, gold, body, quotedVoice);
                text.append("” ");
                span(text, gold, name + " declared.", frameVoice);
            }
            case BLOCK -> {
                span(text, gold, name + " wrote:", frameVoice);
                separate(text, true);
                span(text, gold, quoted, quotedVoice);
                separate(text, true);
            }
            case COLON_NO_MARKS -> {
                span(text, gold, "In the words of " + name + ":", frameVoice);
                text.append(' ');
                span(text, gold, quoted, quotedVoice);
            }
        }
    }

    private static void separate(StringBuilder text, boolean paragraph) {
        if (text.length() == 0) {
            return;
        }
        if (paragraph) {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            if (!text.toString().endsWith("\n\n")) {
                text.append("\n\n");
            }
        } else if (!text.toString().endsWith("\n\n") && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    private static void span(StringBuilder text, List<GoldSpan> gold, String words, String label) {
        int start = text.codePointCount(0, text.length());
        text.append(words);
        gold.add(new GoldSpan(start, start + words.codePointCount(0, words.length()), label));
    }

    /** The work's own sentences: labeled, not quotations. */
    private static List<Unit> own(LabeledPassage work) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < work.units().size(); i++) {
            if (work.labels().get(i) != null && !work.units().get(i).isQuotation()) {
                out.add(work.units().get(i));
            }
        }
        return out;
    }

    private static String voiceOf(LabeledPassage work) {
        return work.labels().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    /** A voice that is a person is quoted by name; anyone else by the writer's name from the file name. */
    static String nameOf(LabeledPassage work, List<String> speakerNames) {
        String voice = voiceOf(work);
        if (speakerNames.contains(voice)) {
            return voice;
        }
        String file = work.group().substring(work.group().lastIndexOf('/') + 1).replaceFirst("^[\\d_\\-]+", "");
        String word = file.split("[-_ .]")[0];
        return word.isEmpty() ? "another writer"
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
