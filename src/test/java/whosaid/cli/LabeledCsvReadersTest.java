package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/**
 * Every command that reads a labeled CSV refuses one whose passage was edited after it was made, in one line, and
 * with --reanchor reads it at the new offsets.
 */
class LabeledCsvReadersTest {
    @TempDir
    static Path shared;
    private static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void saveModel() throws IOException {
        model = shared.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    /**
     * Each reader's command line, reading {@code csv}: a second copy where a reader needs two files, and for merge
     * two annotators' copies with the label in a {@code gold} column, as {@code whosaid dataset} writes them.
     */
    static List<List<String>> readers(Path csv, Path model, Path out) throws IOException {
        Path copy = csv.resolveSibling("copy-of-" + csv.getFileName());
        Files.copy(csv, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // byte for byte, whatever the file holds: Latin-1 maps every byte to one char and back
        String content = Files.readString(csv, java.nio.charset.StandardCharsets.ISO_8859_1);
        String withGold = content.replaceFirst("(?m)^(passage,unit,start,end,)label,", "$1gold,");
        Path annotatorA = csv.resolveSibling("a-" + csv.getFileName());
        Path annotatorB = csv.resolveSibling("b-" + csv.getFileName());
        Files.writeString(annotatorA, withGold, java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.writeString(annotatorB, withGold, java.nio.charset.StandardCharsets.ISO_8859_1);
        String c = csv.toString();
        return List.of(
                List.of("train", "--data", c, "--calibration-folds", "0", "-o", out.resolve("m.model").toString()),
                List.of("evaluate", "--gold", c, "--model", model.toString()),
                List.of("evaluate", "--compare", c, copy.toString()),
                List.of("dataset", csv.resolveSibling("p.txt").toString(), "--model", model.toString(), "--exclude",
                        c, "-o", out.resolve("d.csv").toString()),
                List.of("dataset", "merge", annotatorA.toString(), annotatorB.toString(), "-o",
                        out.resolve("merged.csv").toString()));
    }

    private static List<String> with(List<String> args, String option) {
        List<String> all = new ArrayList<>(args);
        all.add(option);
        return all;
    }

    @Test
    void theShippedFixtureIsReadByEveryReader() throws IOException {
        Path csv = LabeledFixture.write(dir, false);
        for (List<String> args : readers(csv, model, dir)) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        }
    }

    @Test
    void aParagraphAddedAtTheTopIsRefusedByEveryReaderInOneLine() throws IOException {
        Path csv = LabeledFixture.write(dir, true);
        for (List<String> args : readers(csv, model, dir)) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
            List<String> errors = run.errLines().stream().filter(l -> l.startsWith("whosaid:")).toList();
            assertThat(errors).as(run.err()).singleElement().asString().startsWith("whosaid: " + dir)
                    .endsWith("g.csv:2: text \"Leon "
                    + "Trotsky\" is not at offsets 0-12 of " + dir.resolve("p.txt") + ", which hold \"Saved from t\": "
                    + "the passage may have changed since this file was made (--reanchor "
                    + "looks for the text near its old place and uses the new offsets)");
        }
        assertThat(dir.resolve("m.model")).doesNotExist();
        assertThat(dir.resolve("merged.csv")).doesNotExist();
        assertThat(dir.resolve("d.csv")).doesNotExist();
    }

    @Test
    void withReanchorEveryReaderUsesTheNewOffsetsAndSaysHowManyMoved() throws IOException {
        Path csv = LabeledFixture.write(dir, true);
        for (List<String> args : readers(csv, model, dir)) {
            CliRun run = CliRun.of(with(args, "--reanchor").toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
            assertThat(run.err()).contains(": 6 row(s) no longer matched " + dir.resolve("p.txt")
                    + " at their offsets; found their text nearby and moved them by +"
                    + LabeledFixture.ADDED.length() + " code points");
        }
        // the merged file, written back with -o, carries the new offsets
        String text = Files.readString(dir.resolve("p.txt"));
        CsvTable merged = CsvTable.read(dir.resolve("merged.csv"));
        assertThat(merged.rows()).hasSize(LabeledFixture.UNITS.size());
        for (CsvTable.Row row : merged.rows()) {
            int start = Integer.parseInt(row.get(merged.column("start")));
            int end = Integer.parseInt(row.get(merged.column("end")));
            assertThat(text.substring(start, end)).isEqualTo(row.get(merged.column("text")));
            assertThat(start).isGreaterThanOrEqualTo(LabeledFixture.ADDED.length());
        }
        // --exclude matched the moved rows: only the added paragraph is left to annotate
        assertThat(CsvTable.read(dir.resolve("d.csv")).rows()).singleElement()
                .satisfies(row -> assertThat(row.values()).contains("Saved from the web in 2024."));
    }

    @Test
    void datasetReanchorWritesACopyAtTheNewOffsetsAndNeverOverTheOriginal() throws IOException {
        Path csv = LabeledFixture.write(dir, true);
        String original = Files.readString(csv);
        CliRun run = CliRun.of("dataset", "reanchor", csv.toString(), "-o", dir.resolve("fixed.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("6 row(s) no longer matched");
        String text = Files.readString(dir.resolve("p.txt"));
        CsvTable fixed = CsvTable.read(dir.resolve("fixed.csv"));
        for (CsvTable.Row row : fixed.rows()) {
            assertThat(text.substring(Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3))))
                    .isEqualTo(row.get(fixed.column("text")));
        }
        assertThat(CliRun.of("evaluate", "--gold", dir.resolve("fixed.csv").toString(), "--model",
                model.toString()).exit()).as("the copy needs no --reanchor").isZero();

        CliRun over = CliRun.of("dataset", "reanchor", csv.toString(), "-o", csv.toString());
        assertThat(over.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(over.errLines()).singleElement().asString().startsWith("whosaid: " + csv + ": is the file being read");
        assertThat(Files.readString(csv)).isEqualTo(original);
    }
}
