package whosaid.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The voices a model knows by name, with the other names they go by ("Ilyich", "Koba", "Bronstein").
 *
 * <p>Used to recognise who an introducer names, and to mask the names out of style features so that a sentence
 * about Trotsky does not read as Trotsky speaking.
 */
public final class Speakers {
    public static final String MASK = "§";

    private final List<Speaker> speakers;
    /** Every alias, longest first ("Vladimir Ilyich" before "Ilyich"), with whose it is. */
    private final String[] aliases;
    private final String[] owners;
    /** Each alias's first character, case folded: most words start with none of them. */
    private final char[] firsts;
    /** Whether an alias may start with each ASCII character: one read passes over most words. */
    private final boolean[] asciiFirst = new boolean[128];

    public Speakers(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
        List<String[]> all = new ArrayList<>();
        // an alias must start with a letter or digit (or underscore), where a word starts
        speakers.forEach(s -> s.aliases().stream().filter(a -> WordBounds.isWord(a.codePointAt(0)))
                .forEach(a -> all.add(new String[] {a, s.label()})));
        all.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        this.aliases = all.stream().map(a -> a[0]).toArray(String[]::new);
        this.owners = all.stream().map(a -> a[1]).toArray(String[]::new);
        this.firsts = new char[aliases.length];
        for (int a = 0; a < aliases.length; a++) {
            firsts[a] = fold(aliases[a].charAt(0));
        }
        for (char c = 0; c < asciiFirst.length; c++) {
            for (char first : firsts) {
                asciiFirst[c] |= fold(c) == first;
            }
        }
    }

    public List<Speaker> all() {
        return speakers;
    }

    /**
     * Every alias in the text as a whole word, ignoring case, left to right and longest first where two start at
     * the same place: it starts where a word starts and the text goes on with no letter, digit or underscore after
     * it. For aliases that begin and end with a letter or digit (every name) that is what the regular expression
     * {@code \b(?:alias|...)\b} finds, without running one on every unit; an alias ending in a dot ("V.I.") is
     * found before a space, where {@code \b} would have wanted a letter.
     */
    private void scan(String text, MentionSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            // an alias starts only where a word starts: skip to the next word start, then past the word
            i = WordBounds.nextWord(text, i);
            if (i >= n) {
                return;
            }
            int found = -1;
            char c = text.charAt(i);
            if (c < asciiFirst.length && !asciiFirst[c]) {
                i = WordBounds.wordEnd(text, i);
                continue;
            }
            char first = fold(c);
            for (int a = 0; a < aliases.length && found < 0; a++) {
                if (firsts[a] != first) {
                    continue;
                }
                String alias = aliases[a];
                int end = i + alias.length();
                if (end <= n && text.regionMatches(true, i, alias, 0, alias.length())
                        && (end == n || !WordBounds.isWord(text.codePointAt(end))
                                && !WordBounds.isMark(text.codePointAt(end)))) {
                    found = a;
                }
            }
            if (found >= 0) {
                sink.accept(owners[found], i, i + aliases[found].length());
                i += aliases[found].length();
            } else {
                i = WordBounds.wordEnd(text, i);
            }
        }
    }

    /** As {@link String#regionMatches(boolean, int, String, int, int)} compares characters ignoring case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private interface MentionSink {
        void accept(String label, int start, int end);
    }

    /** The text with every speaker name replaced by {@link #MASK}. */
    public String mask(String text) {
        return mentions(text).masked();
    }

    /** The text with every speaker name masked, and the labels of the names in order of mention. */
    public record Mentions(String masked, List<String> named) {
    }

    /** {@link #mask} and {@link #named} of the same text in one scan. */
    public Mentions mentions(String text) {
        List<Mention> found = find(text);
        if (found.isEmpty()) {
            return new Mentions(text, List.of());
        }
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (Mention m : found) {
            masked.append(text, copied, m.start()).append(MASK);
            copied = m.end();
        }
        return new Mentions(masked.append(text, copied, text.length()).toString(),
                found.stream().map(Mention::label).toList());
    }

    /** The label of the first speaker the text names, if any. */
    public Optional<String> firstNamed(String text) {
        return find(text).stream().map(Mention::label).findFirst();
    }

    /** The labels of the speakers named in the text, each match in order (repeats included). */
    public List<String> named(String text) {
        return find(text).stream().map(Mention::label).toList();
    }

    /** A speaker's name found in a text: whose it is and where (char indices, end exclusive). */
    public record Mention(String label, int start, int end) {
    }

    /** Every speaker name in the text, in order. */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>(2);
        scan(text, (label, start, end) -> found.add(new Mention(label, start, end)));
        return found;
    }

    /** A voice and its names; the label itself counts as a name. */
    public record Speaker(String label, List<String> aliases) {
        public Speaker {
            List<String> all = new ArrayList<>();
            all.add(label);
            aliases.stream().filter(a -> !a.isBlank() && !a.equalsIgnoreCase(label)).forEach(all::add);
            aliases = List.copyOf(all);
        }
    }
}
