package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.io.CsvTable;
import whosaid.model.ModelFile;

/** The dataset commands as users type them: options reach the right class, bad usage exits 2. */
class DatasetCommandTest {
    @TempDir
    static Path dir;

    private static Path model;
    private static Path text;

    @BeforeAll
    static void modelAndPassage() throws IOException {
        model = dir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
        text = dir.resolve("p.txt");
        Files.writeString(text, "=SUM(A1) is what a spreadsheet would run. Lenin wrote to the congress: "
                + "\"The proletariat needs the state only temporarily.\" The delegates were not convinced. "
                + "I remember the winter evenings in the prison cell. The congress was held in London.",
                StandardCharsets.UTF_8);
    }

    private static String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void sampleWithArffAndExcelSafety() throws IOException {
        int status = run("dataset", text.toString(), "--model", model.toString(), "--out", path("s.csv"),
                "--sample", "3", "--sample-seed", "4", "--arff", path("s.arff"), "--excel-safe");
        assertThat(status).isEqualTo(Main.OK);
        CsvTable table = CsvTable.read(Path.of(path("s.csv")));
        assertThat(table.rows()).hasSize(3);
        assertThat(Files.readAllBytes(Path.of(path("s.csv")))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(Path.of(path("s.arff")))).contains("@attribute voice {Lenin,Stalin,Trotsky,narrator}");
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "--out", path("all.csv"),
                "--excel-safe")).isZero();
        assertThat(CsvTable.read(Path.of(path("all.csv"))).rows().get(0).get(table.column("text")))
                .isEqualTo("'=SUM(A1) is what a spreadsheet would run.");
    }

    @Test
    void mergeAndStatsOfAnnotatedCopies() throws IOException {
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "--out", path("d.csv")))
                .isZero();
        CsvTable table = CsvTable.read(Path.of(path("d.csv")));
        annotate(table, "a.csv", "Lenin");
        annotate(table, "b.csv", "narrator");
        assertThat(run("dataset", "merge", path("a.csv"), path("b.csv"), "--out", path("m.csv"))).isZero();
        CsvTable merged = CsvTable.read(Path.of(path("m.csv")));
        assertThat(merged.rows()).extracting(r -> r.get(merged.column("status")))
                .containsOnly("conflict");
        assertThat(run("dataset", "stats", path("m.csv"))).isZero();
    }

    @Test
    void anAnnotatedDatasetIsGoldForEvaluate() throws IOException {
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "--out", path("e.csv")))
                .isZero();
        annotate(CsvTable.read(Path.of(path("e.csv"))), "e-annotated.csv", "narrator");
        assertThat(run("evaluate", "--gold", path("e-annotated.csv"), "--model", model.toString())).isZero();
    }

    @Test
    void excludeLeavesOutWhatEarlierRoundsAnnotated() throws IOException {
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "-o", path("all2.csv"))).isZero();
        CsvTable all = CsvTable.read(Path.of(path("all2.csv")));
        // round 1 annotated the first two units only
        List<CsvTable.Row> firstTwo = new ArrayList<>();
        for (int i = 0; i < all.rows().size(); i++) {
            List<String> cells = new ArrayList<>(all.rows().get(i).values());
            cells.set(all.column("gold"), i < 2 ? "Lenin" : "");
            firstTwo.add(new CsvTable.Row(0, cells));
        }
        new CsvTable("round1.csv", all.header(), firstTwo).write(dir.resolve("round1.csv"), false);

        assertThat(run("dataset", text.toString(), "--model", model.toString(), "-o", path("round2.csv"),
                "--exclude", path("round1.csv"))).isZero();
        CsvTable round2 = CsvTable.read(Path.of(path("round2.csv")));
        assertThat(round2.rows()).hasSize(all.rows().size() - 2);
        List<String> starts = round2.rows().stream().map(r -> r.get(round2.column("start"))).toList();
        assertThat(starts).doesNotContain(all.rows().get(0).get(all.column("start")),
                all.rows().get(1).get(all.column("start")));
    }

    private static void annotate(CsvTable table, String name, String label) throws IOException {
        List<CsvTable.Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(row.values());
            cells.set(table.column("gold"), label);
            rows.add(new CsvTable.Row(0, cells));
        }
        new CsvTable(name, table.header(), rows).write(dir.resolve(name), false);
    }

    @Test
    void badUsageExitsTwoAndWritesNothing() {
        assertThat(run("dataset", text.toString(), "--model", model.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "--out", path("x.csv"),
                "--sample", "2", "--uncertain", "2")).isEqualTo(Main.BAD_INPUT);
        assertThat(run("dataset", path("missing.txt"), "--model", model.toString(), "--out", path("x.csv")))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(run("dataset", text.toString(), "--model", model.toString(), "--out", path("x.csv"),
                "--uncertainty", "gini")).isEqualTo(Main.BAD_INPUT);
        assertThat(run("dataset", "stats", path("missing.csv"))).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.exists(Path.of(path("x.csv")))).isFalse();
    }

    /** Runs the command with its output captured, so that the test log shows results only. */
    private static int run(String... args) {
        return CliRun.of(args).exit();
    }
}
