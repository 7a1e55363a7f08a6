package whosaid.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the unit talks as and to: first person singular and plural, second and third person, tense, questions,
 * exclamations, and forms of address ("comrades").
 */
public final class DiscourseFeatures implements FeatureExtractor {
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> THIRD = Set.of("he", "him", "his", "she", "her", "they", "them", "their");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "became", "went", "came", "said");
    private static final Set<String> PRESENT = Set.of("is", "are", "has", "have", "does", "do", "becomes", "says");
    private static final Set<String> FUTURE = Set.of("will", "shall", "must", "should");
    private static final Set<String> ADDRESS = Set.of("comrades", "comrade", "gentlemen", "citizens", "friends");

    @Override
    public String family() {
        return "discourse";
    }

    @Override
    public void extract(List<AnalyzedUnit> passage, int index, FeatureSink sink) {
        AnalyzedUnit unit = passage.get(index);
        List<String> words = unit.words();
        int[] wordClasses = unit.wordClasses();
        double n = Math.max(1, words.size());
        // one pass over the words counts every class, from the classes the analysis looked up
        int[] counts = new int[RATES.size()];
        int edPast = 0;
        boolean address = false;
        for (int i = 0; i < wordClasses.length; i++) {
            int classes = WordClasses.discourse(wordClasses[i]);
            if (classes != 0) {
                for (int r = 0; r < counts.length; r++) {
                    counts[r] += classes >>> r & 1;
                }
                address |= (classes & ADDRESS_BIT) != 0;
            }
            String w = words.get(i);
            edPast += w.length() > 4 && w.endsWith("ed") ? 1 : 0;
        }
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > 0) {
                sink.set(RATES.get(r).id(), counts[r] / n);
                sink.set(RATES.get(r).any(), 1);
            }
        }
        sink.set(ED_WORDS, edPast / n);
        if (address) {
            sink.set(ADDRESS_ID, 1);
        }
        String text = unit.unit().text().strip();
        if (text.endsWith("?")) {
            sink.set(QUESTION, 1);
        }
        if (text.endsWith("!")) {
            sink.set(EXCLAMATION, 1);
        }
    }

    /** A class of words whose rate is a feature ("d:past"), with the feature that any occurs ("d:past_any"). */
    private record Rate(Set<String> words, int id, int any) {
        Rate(Set<String> words, String name) {
            this(words, FeatureIds.named(name), FeatureIds.named(name, "_any"));
        }
    }

    private static final List<Rate> RATES = List.of(new Rate(FIRST_SINGULAR, "d:first_singular"),
            new Rate(FIRST_PLURAL, "d:first_plural"), new Rate(SECOND, "d:second"), new Rate(THIRD, "d:third"),
            new Rate(PAST, "d:past"), new Rate(PRESENT, "d:present"), new Rate(FUTURE, "d:future"));
    /** Bit {@code r} set for a word of {@code RATES.get(r)}; {@link #ADDRESS_BIT} for a form of address. */
    private static final Map<String, Integer> CLASSES = new HashMap<>();
    private static final int ADDRESS_BIT = 1 << RATES.size();

    static {
        for (int r = 0; r < RATES.size(); r++) {
            for (String w : RATES.get(r).words()) {
                CLASSES.merge(w, 1 << r, (a, b) -> a | b);
            }
        }
        ADDRESS.forEach(w -> CLASSES.merge(w, ADDRESS_BIT, (a, b) -> a | b));
    }

    /** Each listed word's classes: bit {@code r} for {@code RATES.get(r)}, {@link #ADDRESS_BIT} for address. */
    static Map<String, Integer> classes() {
        return java.util.Collections.unmodifiableMap(CLASSES);
    }

    /** A fingerprint of the word classes, each class's words in sorted order, for the feature spec. */
    static int fingerprint() {
        int h = FeatureIds.SEED;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(CLASSES).entrySet()) {
            h = FeatureIds.mix(FeatureIds.hash(h, e.getKey()), e.getValue());
        }
        for (Rate r : RATES) {
            h = FeatureIds.mix(FeatureIds.mix(h, r.id()), r.any());
        }
        return h;
    }

    private static final int ED_WORDS = FeatureIds.named("d:ed_words");
    private static final int ADDRESS_ID = FeatureIds.named("d:address");
    private static final int QUESTION = FeatureIds.named("d:question");
    private static final int EXCLAMATION = FeatureIds.named("d:exclamation");
}
