package whosaid.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whosaid.io.CsvTable;

class DatasetStatsTest {
    private static CsvTable table(List<String> header, List<List<String>> rows) {
        return new CsvTable("d.csv", header, rows.stream().map(r -> new CsvTable.Row(0, r)).toList());
    }

    private static final List<String> HEADER = List.of("passage", "unit", "text", "label", "confidence", "gold",
            "certain");

    @Test
    void countsGoldWhenAnnotatedAndTheModelsLabelOtherwise() {
        List<List<String>> rows = List.of(
                List.of("a.txt", "0", "One.", "narrator", "0.9000", "Lenin", ""),
                List.of("a.txt", "1", "One two.", "narrator", "0.8000", "Lenin", "false"),
                List.of("b.txt", "0", "One two three.", "Stalin", "0.6000", "narrator", "true"),
                List.of("b.txt", "1", "One two three four.", "Stalin", "0.4000", "", ""));
        DatasetStats stats = DatasetStats.of(table(HEADER, rows));
        assertThat(stats.labelColumn()).isEqualTo("gold");
        assertThat(stats.counted()).isEqualTo(3);
        assertThat(stats.perLabel()).containsExactly(entry("Lenin", 2L), entry("narrator", 1L));
        assertThat(stats.perPassage().get("a.txt")).containsEntry("Lenin", 2L);
        assertThat(stats.perPassage().get("b.txt")).containsExactlyEntriesOf(Map.of("narrator", 1L));
        assertThat(stats.uncertain()).isEqualTo(1);
        assertThat(stats.unsure()).as("confidence below even odds").isEqualTo(1);
        assertThat(stats.words()).isEqualTo(new Quartiles(1, 1.75, 2.5, 3.25, 4));
        assertThat(stats.characters().min()).isEqualTo(4);
        assertThat(stats.confidence().median()).isEqualTo(0.7, within(1e-9));
        assertThat(stats.confidence().min()).isEqualTo(0.4);

        List<List<String>> unannotated = rows.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3),
                r.get(4), "", "")).toList();
        DatasetStats model = DatasetStats.of(table(HEADER, unannotated));
        assertThat(model.labelColumn()).isEqualTo("label");
        assertThat(model.perLabel()).containsEntry("narrator", 2L).containsEntry("Stalin", 2L);
        assertThat(model.uncertain()).as("no annotations, no annotator's doubt").isEqualTo(-1);
    }

    @Test
    void printsATableOfLabelsPassagesAndLengths() {
        DatasetStats stats = DatasetStats.of(table(List.of("passage", "unit", "quote_text", "speaker"), List.of(
                List.of("a.txt", "0", "“We must seize power now.”", "Lenin"),
                List.of("a.txt", "3", "“Well, try to find him.”", "Stalin"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stats.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("by label from 'speaker'").containsPattern("Lenin +1 +50\\.0%")
                .containsPattern("a\\.txt +2 +1 +1").containsPattern("words +5 +5 +5 +5 +5")
                .doesNotContain("confidence").doesNotContain("uncertain");
    }
}
