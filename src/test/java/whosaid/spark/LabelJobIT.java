package whosaid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.cli.Main;
import whosaid.io.BadInputException;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.LabelWriter;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;

/**
 * The Spark job in {@code local[2]}, one session for every test: its rows, skipped table and gold figures against
 * what the CLI's own code gives for the same files.
 */
class LabelJobIT {
    private static final Path MODEL = Path.of("models/whosaid.model");
    private static final Path SEED = Path.of("data/passages/seed.txt");
    private static SparkSession spark;
    private static Labeler labeler;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("LabelJobIT")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        labeler = new Labeler(ModelFile.load(MODEL));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A few tiny passages and the seed passage, in their own directory. */
    private static Path corpus(String name) throws IOException {
        Path passages = Files.createDirectories(dir.resolve(name));
        Files.writeString(passages.resolve("a.txt"), "The state is a product of the irreconcilability of class "
                + "antagonisms. Lenin wrote: \"We must learn to work.\"\n");
        Files.writeString(passages.resolve("b.txt"), "I remember the winter evenings in the prison cell.\r\n\r\n"
                + "Comrades, the congress was held in London in August and attended by forty delegates.");
        Files.createDirectories(passages.resolve("sub"));
        Files.writeString(passages.resolve("sub/c.txt"), "\uFEFFStalin, having become General Secretary, has "
                + "concentrated an enormous power in his hands.");
        Files.writeString(passages.resolve("sub/notes.md"), "not a passage: only .txt files are read");
        Files.copy(SEED, passages.resolve("seed.txt"));
        return passages;
    }

    private static int job(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return LabelJob.run(() -> spark, args);
        } finally {
            System.setErr(saved);
        }
    }

    /** What {@code whosaid label} writes for these files, through the CLI's batch labeling and writers. */
    private static String cli(String format, List<String> sources) throws IOException {
        StringBuilder out = new StringBuilder();
        try (LabelWriter writer = LabelWriter.of(format, out, labeler.model().labels())) {
            new BatchLabeling(labeler, true, StandardCharsets.UTF_8, BatchLabeling.OnError.SKIP, 2,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run(sources, InputStream.nullInputStream(), writer);
        }
        return out.toString();
    }

    private static List<Path> partFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static List<List<String>> records(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rows.add(r.toList());
        }
        return rows;
    }

    @Test
    void csvRowsAreThoseOfWhosaidLabel() throws IOException {
        Path passages = corpus("csv");
        Path output = dir.resolve("csv-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = job(err, "--model", MODEL.toString(), "--input", passages.toString(),
                "--output", output.toString(), "--partitions", "3");
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);

        List<String> sources = TextInputs.expand(List.of(passages.toString()));
        List<List<String>> expected = records(cli("csv", sources));
        List<String> header = expected.get(0);
        List<List<String>> rows = new ArrayList<>();
        List<Path> parts = partFiles(output);
        assertThat(parts).hasSizeGreaterThan(1); // partitioned
        for (Path part : parts) {
            List<List<String>> records = records(Files.readString(part));
            if (!records.isEmpty()) {
                assertThat(records.get(0)).isEqualTo(header); // each part file is a CSV of its own
                rows.addAll(records.subList(1, records.size()));
            }
        }
        assertThat(sources).hasSize(4);
        assertThat(rows).hasSizeGreaterThan(280).isEqualTo(expected.subList(1, expected.size()));
        assertThat(Files.exists(output.resolve("_skipped"))).isTrue();
    }

    @Test
    void jsonlIsByteForByteTheCliOutputAndParquetHoldsTheSameValues() throws IOException {
        Path passages = corpus("formats");
        List<String> sources = TextInputs.expand(List.of(passages.toString()));
        Path jsonl = dir.resolve("jsonl-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(job(err, "--model", MODEL.toString(), "--input", passages.toString(), "--output", jsonl.toString(),
                "--format", "jsonl")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
        StringBuilder written = new StringBuilder();
        for (Path part : partFiles(jsonl)) {
            written.append(Files.readString(part));
        }
        assertThat(written.toString()).isEqualTo(cli("jsonl", sources));

        Path parquet = dir.resolve("parquet-out");
        assertThat(job(err, "--model", MODEL.toString(), "--input", passages + "/*.txt", "--output", parquet.toString(),
                "--format", "parquet")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
        List<String> topLevel = TextInputs.expand(List.of(passages.resolve("a.txt").toString(),
                passages.resolve("b.txt").toString(), passages.resolve("seed.txt").toString()));
        List<List<String>> expected = records(cli("csv", topLevel));
        List<Row> rows = spark.read().parquet(parquet.toString()).collectAsList();
        assertThat(spark.read().parquet(parquet.toString()).columns()).containsExactlyElementsOf(expected.get(0));
        List<List<String>> actual = new ArrayList<>();
        for (Row row : rows) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i) instanceof Double d ? LabelWriterDigits.of(d) : String.valueOf(row.get(i)));
            }
            actual.add(values);
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
    }

    @Test
    void badPassagesAreSkippedIntoTheirOwnTableOrFailTheJob() throws IOException {
        Path passages = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(passages.resolve("good.txt"), "Lenin wrote: \"We must learn to work.\"");
        Files.write(passages.resolve("latin1.txt"), "Trotsky\nwrote in Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(passages.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        List<String> reasons = new ArrayList<>();
        for (String bad : List.of("latin1.txt", "scan.txt")) {
            try {
                TextInputs.read(passages.resolve(bad).toString(), StandardCharsets.UTF_8, InputStream.nullInputStream());
            } catch (BadInputException e) {
                reasons.add(e.getMessage()); // the CLI's message for the same file
            }
        }
        assertThat(reasons).hasSize(2);

        Path output = dir.resolve("skip-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = job(err, "--model", MODEL.toString(), "--input", passages.toString(), "--output",
                output.toString(), "--on-error", "skip");
        assertThat(status).isEqualTo(Main.SKIPPED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("whosaid: skipped " + reasons.get(0),
                "whosaid: labeled 1 input(s), skipped 2");
        List<Row> skipped = spark.read().option("header", "true").option("escape", "\"")
                .option("multiLine", "true").csv(output.resolve("_skipped").toString()).collectAsList();
        assertThat(skipped).extracting(r -> r.getString(0)).containsExactly(
                passages.resolve("latin1.txt").toString(), passages.resolve("scan.txt").toString());
        assertThat(skipped).extracting(r -> r.getString(1)).containsExactlyElementsOf(reasons);
        List<String> labeled = new ArrayList<>();
        for (Path part : partFiles(output)) {
            records(Files.readString(part)).stream().skip(1).forEach(r -> labeled.add(r.get(0)));
        }
        assertThat(labeled).containsOnly(passages.resolve("good.txt").toString());

        Path failed = dir.resolve("fail-out");
        ByteArrayOutputStream failErr = new ByteArrayOutputStream();
        status = job(failErr, "--model", MODEL.toString(), "--input", passages.toString(), "--output",
                failed.toString());
        assertThat(status).as(failErr.toString(StandardCharsets.UTF_8)).isEqualTo(Main.BAD_INPUT);
        assertThat(failErr.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("whosaid:")))
                .hasSize(1).first().satisfies(line -> assertThat(reasons).anyMatch(r -> line.equals("whosaid: " + r)));
        assertThat(failed).doesNotExist(); // nothing half-written
    }

    @Test
    void goldFiguresAreThoseOfWhosaidEvaluate() throws IOException {
        Path cliJson = dir.resolve("cli.json");
        Path jobJson = dir.resolve("job.json");
        PrintStream saved = System.out;
        ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
        ByteArrayOutputStream jobOut = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int cli;
        int job;
        try {
            System.setOut(new PrintStream(cliOut, true, StandardCharsets.UTF_8));
            cli = Main.run("evaluate", "--gold", "data/labeled/seed.csv", "--model", MODEL.toString(),
                    "--json", cliJson.toString());
            System.setOut(new PrintStream(jobOut, true, StandardCharsets.UTF_8));
            job = job(err, "--gold", "data/labeled/seed.csv", "--model", MODEL.toString(), "--json",
                    jobJson.toString(), "--partitions", "2");
        } finally {
            System.setOut(saved);
        }
        assertThat(cli).isEqualTo(Main.OK);
        assertThat(job).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
        assertThat(jobOut.toString(StandardCharsets.UTF_8)).contains("accuracy").isEqualTo(
                cliOut.toString(StandardCharsets.UTF_8));
        assertThat(Files.readString(jobJson)).isEqualTo(Files.readString(cliJson));
    }

    @Test
    void goldOfAnEditedPassageIsRefusedInOneLineAndReadAtTheNewOffsetsWithReanchor() throws IOException {
        Path edited = Files.createDirectories(dir.resolve("edited/data/passages"));
        Files.writeString(edited.resolve("seed.txt"), "A paragraph an editor added at the top, later on..\n\n"
                + Files.readString(SEED));
        Path labeled = Files.createDirectories(dir.resolve("edited/data/labeled"));
        // the passage column names the edited copy (as written, data/passages/seed.txt is the repository's own)
        Files.writeString(labeled.resolve("seed.csv"), Files.readString(Path.of("data/labeled/seed.csv"))
                .replace("data/passages/seed.txt,", edited.resolve("seed.txt").toAbsolutePath() + ","));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(job(err, "--gold", labeled.resolve("seed.csv").toString(), "--model", MODEL.toString()))
                    .isEqualTo(Main.BAD_INPUT);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("whosaid:")).toList())
                    .singleElement().asString().contains("seed.csv:2: text \"Vladimir lenin and leon trotsky "
                            + "relationship ...\" is not at offsets 0-53").contains("may have changed");
            err.reset();
            assertThat(job(err, "--gold", labeled.resolve("seed.csv").toString(), "--model", MODEL.toString(),
                    "--reanchor")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("282 row(s) no longer matched")
                    .contains("moved them by +52 code points");
        } finally {
            System.setOut(saved);
        }
    }

    /** Four decimals as the CSV shows them. */
    private static final class LabelWriterDigits {
        static String of(double p) {
            return java.math.BigDecimal.valueOf(p).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }
}
