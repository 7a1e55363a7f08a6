package whosaid.features;

import java.util.List;
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
        double n = Math.max(1, words.size());
        rate(words, FIRST_SINGULAR, "d:first_singular", n, sink);
        rate(words, FIRST_PLURAL, "d:first_plural", n, sink);
        rate(words, SECOND, "d:second", n, sink);
        rate(words, THIRD, "d:third", n, sink);
        rate(words, PAST, "d:past", n, sink);
        rate(words, PRESENT, "d:present", n, sink);
        rate(words, FUTURE, "d:future", n, sink);
        long edPast = words.stream().filter(w -> w.length() > 4 && w.endsWith("ed")).count();
        sink.set("d:ed_words", edPast / n);
        if (words.stream().anyMatch(ADDRESS::contains)) {
            sink.set("d:address", 1);
        }
        String text = unit.unit().text().strip();
        if (text.endsWith("?")) {
            sink.set("d:question", 1);
        }
        if (text.endsWith("!")) {
            sink.set("d:exclamation", 1);
        }
    }

    private static void rate(List<String> words, Set<String> set, String name, double n, FeatureSink sink) {
        long count = words.stream().filter(set::contains).count();
        if (count > 0) {
            sink.set(name, count / n);
            sink.set(name + "_any", 1);
        }
    }
}
