package whosaid.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.dataset.AnnotationMerge.Merged;
import whosaid.dataset.AnnotationMerge.MergedUnit;
import whosaid.dataset.AnnotationMerge.Status;
import whosaid.io.BadInputException;
import whosaid.io.CsvTable;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;

class AnnotationMergeTest {
    @TempDir
    Path dir;

    private static final String HEADER = "passage,unit,start,end,text,label,confidence,gold,certain\n";

    private CsvTable file(String name, String... golds) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < golds.length; i++) {
            String[] gold = golds[i].split("/", -1);
            csv.append("p.txt,").append(i).append(',').append(i * 10).append(',').append(i * 10 + 9)
                    .append(",Sentence ").append(i).append(".,narrator,0.5000,").append(gold[0]).append(',')
                    .append(gold.length > 1 ? gold[1] : "").append('\n');
        }
        Path path = dir.resolve(name);
        Files.writeString(path, csv);
        return CsvTable.read(path);
    }

    private static Map<Integer, MergedUnit> byUnit(Merged merged) {
        return merged.units().stream().collect(java.util.stream.Collectors.toMap(MergedUnit::unit, u -> u));
    }

    @Test
    void twoAnnotatorsAgreeDisagreeOrLeaveUnitsOut() throws IOException {
        Merged merged = AnnotationMerge.merge(List.of(
                file("a.csv", "Lenin", "Lenin", "narrator", "Stalin", "", ""),
                file("b.csv", "Lenin", "Trotsky", "narrator", "Stalin", "Lenin", "")), "m.csv");
        Map<Integer, MergedUnit> units = byUnit(merged);
        assertThat(units.get(0).status()).isEqualTo(Status.AGREED);
        assertThat(units.get(0).gold()).isEqualTo("Lenin");
        assertThat(units.get(1).status()).isEqualTo(Status.CONFLICT);
        assertThat(units.get(1).gold()).as("a tie is never guessed").isEmpty();
        assertThat(units.get(1).votesCell()).isEqualTo("Lenin:1;Trotsky:1");
        assertThat(units.get(4).status()).isEqualTo(Status.SINGLE);
        assertThat(units.get(4).gold()).isEqualTo("Lenin");
        assertThat(units.get(5).status()).isEqualTo(Status.UNANNOTATED);

        // Cohen's kappa over units 0-3: observed 3/4; chance from a = (L2,n1,S1) and b = (L1,T1,n1,S1) is
        // (2*1 + 1*1 + 1*1) / 16 = 0.25, so kappa = (0.75 - 0.25) / 0.75 = 2/3.
        assertThat(merged.agreement().measure()).isEqualTo("Cohen's kappa");
        assertThat(merged.agreement().units()).isEqualTo(4);
        assertThat(merged.agreement().observed()).isCloseTo(0.75, within(1e-12));
        assertThat(merged.agreement().kappa()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void threeAnnotatorsResolveByMajorityAndLeaveThreeWayTiesForReview() throws IOException {
        Merged merged = AnnotationMerge.merge(List.of(
                file("a.csv", "Lenin", "Lenin", "Lenin", "narrator"),
                file("b.csv", "Lenin", "narrator", "Stalin", "narrator"),
                file("c.csv", "Lenin", "Lenin", "Trotsky", "narrator/false")), "m.csv");
        Map<Integer, MergedUnit> units = byUnit(merged);
        assertThat(units.get(0).status()).isEqualTo(Status.AGREED);
        assertThat(units.get(1).status()).isEqualTo(Status.MAJORITY);
        assertThat(units.get(1).gold()).isEqualTo("Lenin");
        assertThat(units.get(1).votesCell()).isEqualTo("Lenin:2;narrator:1");
        assertThat(units.get(2).status()).isEqualTo(Status.CONFLICT);
        assertThat(units.get(2).gold()).isEmpty();
        assertThat(merged.agreement().measure()).isEqualTo("Fleiss' kappa");
        assertThat(merged.agreement().units()).isEqualTo(4);

        CsvTable table = merged.table();
        assertThat(table.header()).containsSubsequence("gold", "certain", "votes", "status");
        int gold = table.column("gold");
        int certain = table.column("certain");
        int status = table.column("status");
        assertThat(table.rows()).extracting(r -> r.get(gold) + "|" + r.get(certain) + "|" + r.get(status))
                .as("an overruled annotator or one's own doubt make the unit uncertain").containsExactly(
                        "Lenin|true|agreed", "Lenin|false|majority", "||conflict", "narrator|false|agreed");
    }

    @Test
    void theMergedFileIsGoldDataWithConflictsLeftOut() throws IOException {
        Merged merged = AnnotationMerge.merge(List.of(file("a.csv", "Lenin", "Lenin", "narrator"),
                file("b.csv", "Lenin", "Stalin", "narrator")), "m.csv");
        Path out = dir.resolve("m.csv");
        merged.table().write(out, false);
        List<GoldRow> gold = LabeledCsv.read(out, java.util.Set.of());
        assertThat(gold).extracting(GoldRow::unit).containsExactly(0, 2);
        assertThat(gold).extracting(GoldRow::label).containsExactly("Lenin", "narrator");
    }

    @Test
    void reportNamesTheConflicts() throws IOException {
        Merged merged = AnnotationMerge.merge(List.of(file("a.csv", "Lenin", "Lenin"),
                file("b.csv", "Lenin", "Stalin")), "m.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MergeReport.print(merged, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Cohen's kappa: 0.000").containsPattern("conflict +1\\n")
                .containsPattern("p\\.txt\\s+1\\s+Lenin:1;Stalin:1\\s+Sentence 1\\.");
    }

    @Test
    void filesOfDifferentUnitsOrRepeatedUnitsAreBadInput() throws IOException {
        CsvTable a = file("a.csv", "Lenin");
        Files.writeString(dir.resolve("other.csv"), HEADER + "p.txt,0,0,9,Something else.,narrator,0.5,Lenin,\n");
        assertThatThrownBy(() -> AnnotationMerge.merge(List.of(a, CsvTable.read(dir.resolve("other.csv"))), "m"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("other.csv:2: unit 0 of passage 'p.txt'")
                .hasMessageContaining("other text");
        Files.writeString(dir.resolve("twice.csv"), HEADER + "p.txt,0,0,9,Sentence 0.,narrator,0.5,Lenin,\n"
                + "p.txt,0,0,9,Sentence 0.,narrator,0.5,Lenin,\n");
        assertThatThrownBy(() -> AnnotationMerge.merge(List.of(a, CsvTable.read(dir.resolve("twice.csv"))), "m"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("twice.csv:3:")
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> AnnotationMerge.merge(List.of(a), "m")).isInstanceOf(BadInputException.class);
    }
}
