package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.model.ModelFile;

/** What users see when {@code whosaid label} meets bad input: one line, the right exit status, no half-written output. */
class LabelCommandErrorsTest {
    private static final String CP1252_LINE = "He said \u201Cno\u201D.\n";
    private static Path model;

    @TempDir
    Path dir;
    private Path good1;
    private Path good2;
    private Path latin1;
    private Path binary;

    @BeforeAll
    static void tinyModel(@TempDir Path modelDir) throws IOException {
        model = modelDir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    @BeforeEach
    void inputs() throws IOException {
        good1 = Files.writeString(dir.resolve("a.txt"), "Lenin writes: \u201CThe state is a machine of oppression.\u201D");
        good2 = Files.writeString(dir.resolve("c.txt"), "He was born in 1879. The congress was held in London.");
        latin1 = Files.write(dir.resolve("b.txt"), "Z\u00FCrich was cold.\n".getBytes(StandardCharsets.ISO_8859_1));
        binary = Files.write(dir.resolve("d.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    }

    private CliRun label(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "label";
        all[1] = "--model";
        all[2] = model.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void malformedInputStopsTheRunWithOneLineAndExit2() {
        CliRun run = label(good1.toString(), latin1.toString(), good2.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("whosaid: " + latin1 + ":1: not valid UTF-8 at byte offset 1 "
                + "(try --encoding windows-1252 or --encoding ISO-8859-1)");
    }

    @Test
    void failedRunLeavesNoOutputFileAndNoTempFile() throws IOException {
        Path out = dir.resolve("out").resolve("labels.csv");
        CliRun run = label("--output", out.toString(), good1.toString(), binary.toString(), good2.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("whosaid: " + binary + ": binary file (NUL byte at offset 4), not text");
        assertThat(out.getParent()).doesNotExist(); // the folder made for it is removed again
    }

    @Test
    void failedRunKeepsThePreviousOutputWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("labels.csv"), "yesterday's labels\n");
        assertThat(label("--output", out.toString(), latin1.toString()).exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.readString(out)).isEqualTo("yesterday's labels\n");
        assertThat(filesIn(dir)).containsExactly("a.txt", "b.txt", "c.txt", "d.txt", "labels.csv");
    }

    @Test
    void skipReportsEachBadInputLabelsTheRestAndExits3() throws IOException {
        Path out = dir.resolve("labels.csv");
        CliRun run = label("--on-error", "skip", "--output", out.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(Main.SKIPPED);
        assertThat(run.errLines()).containsExactly(
                "whosaid: skipped " + latin1 + ":1: not valid UTF-8 at byte offset 1 "
                        + "(try --encoding windows-1252 or --encoding ISO-8859-1)",
                "whosaid: skipped " + binary + ": binary file (NUL byte at offset 4), not text",
                "whosaid: labeled 2 input(s), skipped 2");
        List<String> passages = NastyInputsErrorsTest.rows(Files.readString(out)).stream().map(r -> r.get("passage"))
                .distinct().toList();
        assertThat(passages).containsExactly(good1.toString(), good2.toString());
    }

    @Test
    void skipWithEveryInputBadStillWritesTheOutputAndExits3() throws IOException {
        Path out = dir.resolve("labels.jsonl");
        CliRun run = label("--on-error", "skip", "--format", "jsonl", "--output", out.toString(), binary.toString());
        assertThat(run.exit()).isEqualTo(Main.SKIPPED);
        assertThat(run.errLines()).last().isEqualTo("whosaid: labeled 0 input(s), skipped 1");
        assertThat(Files.readString(out)).isEmpty();
    }

    @Test
    void legacyEncodingLabelsWhenNamed() throws IOException {
        Path smart = Files.write(dir.resolve("smart.txt"), CP1252_LINE.getBytes("windows-1252"));
        CliRun run = label("--encoding", "windows-1252", smart.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("He said \u201Cno\u201D.");
    }

    @Test
    void standardInputIsNamedDash() throws IOException {
        CliRun run = CliRun.withInput("Lenin writes that the state withers away.".getBytes(StandardCharsets.UTF_8),
                "label", "--model", model.toString(), "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(NastyInputsErrorsTest.rows(run.out())).extracting(r -> r.get("passage")).containsOnly("-");
        CliRun bad = CliRun.withInput(new byte[] {'a', (byte) 0xFF}, "label", "--model", model.toString(), "-");
        assertThat(bad.errLines()).containsExactly("whosaid: -:1: not valid UTF-8 at byte offset 1 "
                + "(try --encoding windows-1252 or --encoding ISO-8859-1)");
    }

    @Test
    void emptyInputGivesTheHeaderOnly() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun run = label(empty.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("passage,unit,start,end,label,confidence,p_Lenin,p_Stalin,p_Trotsky,p_narrator,"
                + "frame,frame_confidence,section,section_voice,section_confidence,cue,text\n");
    }

    @Test
    void missingInputIsNamedBeforeAnythingRuns() {
        Path missing = dir.resolve("nope.txt");
        CliRun run = label(good1.toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("whosaid: " + missing + ": no such file or directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputThatIsADirectoryIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("results"));
        CliRun run = label("--output", folder.toString(), good1.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("whosaid: " + folder + ": is a directory; give a file name to write");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void outputGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path out = dir.resolve("labels.csv");
        assertThat(label("--output", out.toString(), good1.toString()).exit()).isZero();
        Path plain = Files.createFile(dir.resolve("plain.csv"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void modelProblemsAreOneLineWithoutStackTrace() throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        Path truncated = Files.write(dir.resolve("cut.model"), Arrays.copyOf(bytes, bytes.length / 2));
        Path notModel = Files.writeString(dir.resolve("notes.model"), "my notes");
        for (Path bad : List.of(truncated, notModel, dir.resolve("missing.model"))) {
            CliRun run = CliRun.of("label", "--model", bad.toString(), good1.toString());
            assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.errLines()).singleElement().asString().startsWith("whosaid: " + bad + ": ");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path notModel = Files.writeString(dir.resolve("notes.model"), "my notes");
        CliRun quiet = CliRun.of("label", "--model", notModel.toString(), good1.toString());
        CliRun verbose = CliRun.of("label", "--verbose", "--model", notModel.toString(), good1.toString());
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
        assertThat(verbose.err()).contains("\tat whosaid.model.ModelFile.");
    }

    @Test
    void usageErrorsExit2WithOneLineAndAHelpPointer() {
        assertThat(label("--threads", "0", good1.toString()).errLines())
                .containsExactly("whosaid: --threads must be at least 1, not 0");
        assertThat(label("--on-error", "ignore", good1.toString()).errLines())
                .containsExactly("whosaid: --on-error must be fail or skip, not 'ignore'");
        assertThat(label("--format", "xlsx", good1.toString()).errLines())
                .containsExactly("whosaid: --format must be csv, jsonl or html, not 'xlsx'");
        CliRun badCharset = label("--encoding", "klingon", good1.toString());
        assertThat(badCharset.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(badCharset.errLines()).singleElement().asString()
                .startsWith("whosaid: --encoding: 'klingon' is not an encoding").endsWith("(see 'whosaid label --help')");
        CliRun unknown = label("--colour", good1.toString());
        assertThat(unknown.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.errLines()).containsExactly("whosaid: unknown option --colour of 'whosaid label' "
                + "(see 'whosaid label --help')");
    }
}
