package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.model.ModelFile;

/**
 * Every verb that writes refuses an output that is one of its own inputs (named alike, through a link, a relative
 * path or a hard link), with exit status 2, one line naming both, and every file left byte for byte as it was.
 */
class OverwriteRefusedTest {
    private static final String GOLD = "passage,unit,start,end,label,certain,text\n"
            + "a.txt,0,0,21,Lenin,true,The state is a machine.\n";
    private static Path model;

    @TempDir
    Path dir;
    private Path passage;
    private Path gold;

    @BeforeAll
    static void tinyModel(@TempDir Path modelDir) throws IOException {
        model = modelDir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    @BeforeEach
    void files() throws IOException {
        passage = Files.writeString(dir.resolve("a.txt"), "The state is a machine. Lenin wrote: \u201CWe must learn.\u201D\n");
        gold = Files.writeString(dir.resolve("g.csv"), GOLD);
        Files.writeString(dir.resolve("h.csv"), GOLD);
    }

    /** Every file under the folder with its bytes, to show that a refused run changed nothing. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private CliRun refused(String output, String input, String... args) throws IOException {
        Map<String, String> before = snapshot();
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(output, input, "nothing was written");
        assertThat(run.out()).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        return run;
    }

    @Test
    void labelIntoItsOwnInput() throws IOException {
        refused("-o " + passage, "is the same file as the input " + passage,
                "label", "--model", model.toString(), "-o", passage.toString(), passage.toString());
    }

    @Test
    void labelThroughALinkARelativePathAndAHardLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), passage);
        refused(link.toString(), passage.toString(),
                "label", "--model", model.toString(), "-o", link.toString(), passage.toString());

        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path roundabout = sub.resolve("../a.txt");
        refused(roundabout.toString(), passage.toString(),
                "label", "--model", model.toString(), "-o", roundabout.toString(), passage.toString());

        Path relative = Path.of("").toAbsolutePath().relativize(passage);
        refused(relative.toString(), passage.toString(),
                "label", "--model", model.toString(), "-o", relative.toString(), passage.toString());

        Path hard = Files.createLink(dir.resolve("hard.txt"), passage);
        refused(hard.toString(), passage.toString(),
                "label", "--model", model.toString(), "-o", hard.toString(), passage.toString());
    }

    @Test
    void labelIntoAPassageOfAnInputFolderOrOverTheModel() throws IOException {
        Path upper = Files.writeString(dir.resolve("B.TXT"), "He was born in 1879.");
        refused(upper.toString(), "input folder " + dir,
                "label", "--model", model.toString(), "-o", upper.toString(), dir.toString());
        Path copy = Files.copy(model, dir.resolve("copy.model"));
        refused(copy.toString(), "(--model)",
                "label", "--model", copy.toString(), "-o", copy.toString(), passage.toString());
    }

    @Test
    void aNewFileInAnInputFolderIsFine() {
        CliRun run = CliRun.of("label", "--model", model.toString(), "-o", dir.resolve("labels.csv").toString(),
                dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(dir.resolve("labels.csv")).exists();
    }

    @Test
    void evaluateOverItsGoldOrWithTheReportAroundIt() throws IOException {
        refused("--json " + gold, "(--gold)", "evaluate", "--model", model.toString(), "--gold", gold.toString(),
                "--json", gold.toString());
        refused("--html " + dir, "contains the input " + gold, "evaluate", "--model", model.toString(), "--gold",
                gold.toString(), "--html", dir.toString());
        refused("--html " + gold, "(--gold)", "evaluate", "--model", model.toString(), "--gold",
                gold.toString(), "--html", gold.toString());
        Path h = dir.resolve("h.csv");
        refused("--json " + h, "(--compare)", "evaluate", "--compare", gold.toString(), h.toString(), "--json",
                h.toString());
        Path json = dir.resolve("report/r.json");
        refused("--json " + json, "--html " + dir.resolve("report/r.json"), "evaluate", "--compare", gold.toString(),
                h.toString(), "--json", json.toString(), "--html", json.toString());
    }

    @Test
    void datasetOverWhatItExcludesOrReads() throws IOException {
        refused("-o " + gold, "(--exclude)", "dataset", "--model", model.toString(), passage.toString(),
                "--exclude", gold.toString(), "-o", gold.toString());
        refused("--arff " + passage, "(INPUT)", "dataset", "--model", model.toString(), passage.toString(),
                "-o", dir.resolve("new.csv").toString(), "--arff", passage.toString());
        refused("-o " + dir.resolve("x.csv"), "same path", "dataset", "--model", model.toString(),
                passage.toString(), "-o", dir.resolve("x.csv").toString(), "--arff", dir.resolve("x.csv").toString());
    }

    @Test
    void mergeOverAnAnnotatorsCopy() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("merged.csv"), gold);
        refused("-o " + link, "(FILE)", "dataset", "merge", gold.toString(), dir.resolve("h.csv").toString(),
                "-o", link.toString());
    }

    @Test
    void trainOverItsDataOrSpeakers() throws IOException {
        refused("-o " + gold, "(--data)", "train", "--data", gold.toString(), "-o", gold.toString());
        refused("-o " + gold, "input folder " + dir + " (--data)", "train", "--data", dir.toString(), "-o",
                gold.toString());
        Path speakers = Files.writeString(dir.resolve("speakers.csv"), "name,aliases\nLenin,\n");
        refused("-o " + speakers, "(--speakers)", "train", "--data", gold.toString(), "--speakers",
                speakers.toString(), "-o", speakers.toString());
    }

    @Test
    void aMissingOutputFolderIsCreatedAndSaidSo() throws IOException {
        Path out = dir.resolve("new/deeper/labels.csv");
        CliRun run = CliRun.of("label", "--model", model.toString(), "-o", out.toString(), passage.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.errLines()).containsExactly("whosaid: created the folder " + out.getParent() + " for " + out);
        assertThat(out).exists();
    }

    @Test
    void aFirstInputThatFailsLeavesNothingOnStandardOutput() throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'P', 'K', 3, 4, (byte) 0xff});
        CliRun run = CliRun.of("label", "--model", model.toString(), bad.toString(), passage.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        // a run that labels nothing at all still writes the columns
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n\n");
        CliRun empty = CliRun.of("label", "--model", model.toString(), blank.toString());
        assertThat(empty.exit()).as(empty.err()).isEqualTo(Main.OK);
        assertThat(empty.out()).startsWith("passage,unit,start,end,label,confidence,").hasLineCount(1);
        assertThat(List.of(run.err())).allMatch(e -> e.contains("bad.txt"));
    }
}
