package whosaid.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voices a model knows by name, with the other names they go by ("Ilyich", "Koba", "Bronstein").
 *
 * <p>Used to recognise who an introducer names, and to mask the names out of style features so that a sentence
 * about Trotsky does not read as Trotsky speaking.
 */
public final class Speakers implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String MASK = "§";

    private final List<Speaker> speakers;
    private final String aliasRegex;
    private transient Pattern aliasPattern;

    public Speakers(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
        List<String> aliases = new ArrayList<>();
        speakers.forEach(s -> aliases.addAll(s.aliases()));
        aliases.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "Vladimir Ilyich" before "Ilyich"
        this.aliasRegex = aliases.isEmpty() ? "(?!)" : "\\b(?:" + String.join("|", aliases.stream().map(Pattern::quote).toList()) + ")\\b";
    }

    public List<Speaker> all() {
        return speakers;
    }

    private Pattern pattern() {
        if (aliasPattern == null) {
            aliasPattern = Pattern.compile(aliasRegex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return aliasPattern;
    }

    /** The text with every speaker name replaced by {@link #MASK}. */
    public String mask(String text) {
        return pattern().matcher(text).replaceAll(MASK);
    }

    /** The text with every speaker name masked, and the labels of the names in order of mention. */
    public record Mentions(String masked, List<String> named) {
    }

    /** {@link #mask} and {@link #named} of the same text in one scan: the alias pattern is costly on every unit. */
    public Mentions mentions(String text) {
        Matcher m = pattern().matcher(text);
        List<String> labels = new ArrayList<>();
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            labels.add(labelOf(m.group()));
            masked.append(text, copied, m.start()).append(MASK);
            copied = m.end();
        }
        return new Mentions(labels.isEmpty() ? text : masked.append(text, copied, text.length()).toString(), labels);
    }

    /** The label of the first speaker the text names, if any. */
    public Optional<String> firstNamed(String text) {
        Matcher m = pattern().matcher(text);
        return m.find() ? Optional.of(labelOf(m.group())) : Optional.empty();
    }

    /** The labels of the speakers named in the text, each match in order (repeats included). */
    public List<String> named(String text) {
        List<String> labels = new ArrayList<>();
        Matcher m = pattern().matcher(text);
        while (m.find()) {
            labels.add(labelOf(m.group()));
        }
        return labels;
    }

    /** A speaker's name found in a text: whose it is and where (char indices, end exclusive). */
    public record Mention(String label, int start, int end) {
    }

    /** Every speaker name in the text, in order. */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = pattern().matcher(text);
        while (m.find()) {
            found.add(new Mention(labelOf(m.group()), m.start(), m.end()));
        }
        return found;
    }

    private String labelOf(String alias) {
        String lower = alias.toLowerCase(Locale.ROOT);
        for (Speaker s : speakers) {
            for (String a : s.aliases()) {
                if (a.toLowerCase(Locale.ROOT).equals(lower)) {
                    return s.label();
                }
            }
        }
        throw new IllegalStateException("alias without speaker: " + alias);
    }

    /** A voice and its names; the label itself counts as a name. */
    public record Speaker(String label, List<String> aliases) implements Serializable {
        public Speaker {
            List<String> all = new ArrayList<>();
            all.add(label);
            aliases.stream().filter(a -> !a.isBlank() && !a.equalsIgnoreCase(label)).forEach(all::add);
            aliases = List.copyOf(all);
        }
    }
}
