package whosaid.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static whosaid.dataset.Rows.row;
import static whosaid.dataset.Rows.sure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import whosaid.io.BadInputException;
import whosaid.text.UnitKind;

class SelectionTest {
    private static Selection sample(int n, long seed, boolean stratify) {
        return new Selection(n, seed, stratify, null, Uncertainty.MARGIN, null, null, false);
    }

    private static Selection uncertain(int n, Uncertainty measure) {
        return new Selection(null, 1, false, n, measure, null, null, false);
    }

    /** 100 rows over 4 passages, labels cycling. */
    private static List<DatasetRow> hundred() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(sure(i / 25, i % 25, Rows.LABELS.get(i % 4)));
        }
        return rows;
    }

    private static List<String> keys(List<DatasetRow> rows) {
        return rows.stream().map(r -> r.passage() + "#" + r.unit()).toList();
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndAnotherSeedAnother() {
        List<DatasetRow> rows = hundred();
        List<String> first = keys(sample(10, 7, false).select(rows));
        assertThat(first).hasSize(10).doesNotHaveDuplicates();
        assertThat(keys(sample(10, 7, false).select(rows))).isEqualTo(first);
        assertThat(keys(sample(10, 8, false).select(rows))).isNotEqualTo(first);
    }

    @Test
    void selectedRowsKeepReadingOrder() {
        List<DatasetRow> selected = sample(30, 3, false).select(hundred());
        assertThat(selected).isSortedAccordingTo(Comparator.comparingInt(DatasetRow::passageOrder)
                .thenComparingInt(DatasetRow::unit));
    }

    @Test
    void aSampleLargerThanTheDataKeepsEveryRow() {
        assertThat(sample(500, 1, false).select(hundred())).hasSize(100);
    }

    @Test
    void stratifiedSamplingTakesEvenlyFromEachLabelAndGivesARareLabelsShareToTheOthers() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(sure(0, i, "narrator"));
        }
        for (int i = 50; i < 55; i++) {
            rows.add(sure(0, i, "Lenin"));
        }
        rows.add(sure(0, 55, "Stalin"));
        rows.add(sure(0, 56, "Stalin"));
        Map<String, Long> counts = sample(12, 5, true).select(rows).stream()
                .collect(Collectors.groupingBy(DatasetRow::label, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("narrator", 5L, "Lenin", 5L, "Stalin", 2L));
        Map<String, Long> plain = sample(12, 5, false).select(rows).stream()
                .collect(Collectors.groupingBy(DatasetRow::label, Collectors.counting()));
        assertThat(plain.getOrDefault("narrator", 0L)).isGreaterThan(5);
    }

    @Test
    void stratifiedSamplingIsReproducible() {
        assertThat(keys(sample(9, 2, true).select(hundred()))).isEqualTo(keys(sample(9, 2, true).select(hundred())));
    }

    @Test
    void marginAndEntropyMeasureUncertaintyFromTheProbabilities() {
        assertThat(Uncertainty.MARGIN.of(new double[] {0.7, 0.2, 0.1})).isCloseTo(0.5, within(1e-12));
        assertThat(Uncertainty.MARGIN.of(new double[] {0.1, 0.45, 0.45})).isCloseTo(1.0, within(1e-12));
        assertThat(Uncertainty.ENTROPY.of(new double[] {0.5, 0.5, 0, 0})).isCloseTo(1.0, within(1e-12));
        assertThat(Uncertainty.ENTROPY.of(new double[] {0.25, 0.25, 0.25, 0.25})).isCloseTo(2.0, within(1e-12));
        assertThat(Uncertainty.ENTROPY.of(new double[] {1, 0, 0, 0})).isZero();
    }

    @Test
    void marginPicksTheNearTieAndEntropyTheSpreadOut() {
        DatasetRow tie = row(0, 0, 0.5, 0.5, 0, 0);            // margin 0, entropy 1 bit
        DatasetRow spread = row(0, 1, 0.3, 0.25, 0.25, 0.2);   // margin 0.05, entropy ~1.99 bits
        DatasetRow sure = row(0, 2, 0.9, 0.05, 0.05, 0);
        List<DatasetRow> rows = List.of(sure, spread, tie);
        assertThat(uncertain(1, Uncertainty.MARGIN).select(rows)).containsExactly(tie);
        assertThat(uncertain(1, Uncertainty.ENTROPY).select(rows)).containsExactly(spread);
        assertThat(uncertain(2, Uncertainty.MARGIN).select(rows)).containsExactly(tie, spread);
    }

    @Test
    void uncertainRankingBreaksTiesByReadingOrder() {
        List<DatasetRow> rows = List.of(row(1, 0, 0.5, 0.5, 0, 0), row(0, 3, 0.5, 0.5, 0, 0), row(0, 1, 0.5, 0.5, 0, 0));
        assertThat(keys(Selection.leastCertain(rows, 2, Uncertainty.MARGIN))).containsExactly("p0.txt#1", "p0.txt#3");
    }

    @Test
    void confidenceBoundsAreInclusive() {
        List<DatasetRow> rows = List.of(row(0, 0, 0.4, 0.3, 0.3, 0), row(0, 1, 0.6, 0.4, 0, 0),
                row(0, 2, 0.8, 0.2, 0, 0), row(0, 3, 0.95, 0.05, 0, 0));
        Function<Selection, List<Integer>> units = s -> s.select(rows).stream().map(DatasetRow::unit).toList();
        assertThat(units.apply(new Selection(null, 1, false, null, Uncertainty.MARGIN, 0.6, null, false)))
                .containsExactly(1, 2, 3);
        assertThat(units.apply(new Selection(null, 1, false, null, Uncertainty.MARGIN, null, 0.8, false)))
                .containsExactly(0, 1, 2);
        assertThat(units.apply(new Selection(null, 1, false, null, Uncertainty.MARGIN, 0.5, 0.9, false)))
                .containsExactly(1, 2);
    }

    @Test
    void filtersApplyBeforeTheUncertainRanking() {
        List<DatasetRow> rows = List.of(row(0, 0, 0.5, 0.5, 0, 0), row(0, 1, 0.6, 0.4, 0, 0),
                row(0, 2, 0.9, 0.1, 0, 0));
        assertThat(new Selection(null, 1, false, 1, Uncertainty.MARGIN, 0.55, null, false).select(rows))
                .extracting(DatasetRow::unit).containsExactly(1);
    }

    @Test
    void quotesOnlyKeepsQuotations() {
        List<DatasetRow> rows = List.of(row(0, 0, UnitKind.INTRODUCER, 0.9, 0.1, 0, 0),
                row(0, 1, UnitKind.QUOTATION, 0.9, 0.1, 0, 0), row(0, 2, UnitKind.SENTENCE, 0.9, 0.1, 0, 0),
                row(0, 3, UnitKind.QUOTATION, 0.2, 0.8, 0, 0));
        assertThat(new Selection(null, 1, false, null, Uncertainty.MARGIN, null, null, true).select(rows))
                .extracting(DatasetRow::unit).containsExactly(1, 3);
    }

    @Test
    void contradictoryOptionsAreBadInput() {
        assertThatThrownBy(() -> new Selection(5, 1, false, 5, Uncertainty.MARGIN, null, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--sample and --uncertain");
        assertThatThrownBy(() -> new Selection(null, 1, true, null, Uncertainty.MARGIN, null, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--stratify needs --sample");
        assertThatThrownBy(() -> new Selection(null, 1, false, null, Uncertainty.MARGIN, 0.9, 0.5, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("above --max-confidence");
        assertThatThrownBy(() -> new Selection(null, 1, false, null, Uncertainty.MARGIN, 1.5, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new Selection(0, 1, false, null, Uncertainty.MARGIN, null, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Selection.measure("gini")).isInstanceOf(BadInputException.class);
    }
}
