package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.features.AnalyzedUnit;
import whosaid.features.Featurizer;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;
import whosaid.train.TrainingOptions;

/**
 * Labeling costs the same per unit however long a paragraph runs: a book scanned as one paragraph must not take
 * quadratic time. Cost is counted as the number of times any unit of the passage is looked at, by the quotation
 * sieves and analysis, and by the feature families (which read a unit's neighbours), not by the clock.
 */
class CostShapeTest {
    private static final String[] SENTENCES = {
            "The apparatus grew stronger through the winter.",
            "He wrote: “We must not lag behind the movement.”",
            "Lenin writes: the state is a product of the irreconcilability of class antagonisms.",
            "“It is a question of principle,” he said, and left the hall.",
            "She replied that the congress had already decided.",
            "Was it not so?",
    };

    /** A list that counts every element read from it. */
    private static final class Counting<T> extends AbstractList<T> {
        private final List<T> items;
        private final AtomicLong reads;

        Counting(List<T> items, AtomicLong reads) {
            this.items = items;
            this.reads = reads;
        }

        @Override
        public T get(int index) {
            reads.incrementAndGet();
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    private static List<Unit> oneParagraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(SENTENCES[i % SENTENCES.length]).append(' ');
        }
        return new Segmenter().segment(new Passage("long", text.toString()));
    }

    /** Unit reads per unit, to analyse and featurize one paragraph of this many sentences. */
    private static double readsPerUnit(int sentences) {
        List<Unit> units = oneParagraph(sentences);
        assertThat(units.stream().map(Unit::paragraph).distinct()).hasSize(1);
        Featurizer featurizer = new Featurizer(TestModels.SPEAKERS, TrainingOptions.defaults().families());
        AtomicLong reads = new AtomicLong();
        List<AnalyzedUnit> analyzed = featurizer.analyze(new Counting<>(units, reads));
        List<AnalyzedUnit> counted = new Counting<>(analyzed, reads);
        whosaid.features.FeatureSpace none = whosaid.features.FeatureSpace.of(new int[0], new double[0]);
        for (int i = 0; i < analyzed.size(); i++) {
            featurizer.known(counted, i, none);
        }
        return reads.get() / (double) units.size();
    }

    @Test
    void unitReadsPerUnitStayFlatAsOneParagraphGrowsSixteenfold() {
        double small = readsPerUnit(300);
        double large = readsPerUnit(4800);
        assertThat(small).isPositive();
        // linear cost: the same reads per unit, give or take the paragraph's ends; quadratic would be 16 times more
        assertThat(large).isLessThan(small * 1.25);
    }
}
