package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.decode.VoiceChain;
import whosaid.label.LabeledUnit;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;

/** {@code whosaid label} run in-process on the seed passage with a tiny model, checked against the contract. */
class LabelCommandTest {
    private static final String HEADER =
            "passage,unit,start,end,label,confidence,p_Lenin,p_Stalin,p_Trotsky,p_narrator,frame,frame_confidence,section,section_voice,section_confidence,cue,text";
    private static final Path SEED = Path.of("data/passages/seed.txt");

    @TempDir
    static Path models;
    /** The tiny model with voices that tend to run on, so that decoding with context makes a difference. */
    static WhosaidModel model;
    static Path modelFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainModel() throws IOException {
        WhosaidModel tiny = TestModels.tiny();
        int k = tiny.labels().size();
        double[] sticky = new double[k];
        java.util.Arrays.fill(sticky, 0.85);
        model = new WhosaidModel(tiny.labels(), tiny.families(), tiny.speakers(), tiny.space(), tiny.scorer(),
                tiny.calibration(), new VoiceChain(new double[k], sticky, sticky, 0), tiny.metadata(),
                tiny.otherLabel());
        modelFile = models.resolve("tiny.model");
        ModelFile.save(model, modelFile);
    }

    /** Exit status and what went to standard output. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(InputStream stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    private static Run label(String... args) {
        List<String> all = new ArrayList<>(List.of("label", "--model", modelFile.toString()));
        all.addAll(List.of(args));
        return run(new ByteArrayInputStream(new byte[0]), all.toArray(String[]::new));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void labelsTheSeedAsTheContractSays() throws IOException {
        Run run = label(SEED.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(HEADER + "\n");
        assertThat(HEADER).isEqualTo("passage,unit,start,end,label,confidence,"
                + String.join(",", model.labels().stream().map(l -> "p_" + l).toList())
                + ",frame,frame_confidence,section,section_voice,section_confidence,cue,text");

        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        List<Unit> units = new Segmenter().segment(new Passage(SEED.toString(), text));
        List<CSVRecord> rows = parse(run.out());
        assertThat(rows).hasSameSizeAs(units);
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertThat(row.get("passage")).isEqualTo(SEED.toString());
            assertThat(row.get("unit")).isEqualTo(Integer.toString(i));
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            assertThat(start).isEqualTo(units.get(i).start());
            assertThat(end).isEqualTo(units.get(i).end());
            assertThat(row.get("text")).isEqualTo(new String(codePoints, start, end - start));
            assertThat(row.get("label")).isIn(model.labels());
            double sum = 0;
            for (String l : model.labels()) {
                sum += Double.parseDouble(row.get("p_" + l));
            }
            assertThat(sum).isCloseTo(1, within(1e-3));
            assertThat(row.get("confidence")).isEqualTo(row.get("p_" + row.get("label")));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("cue")).contains("intro:Lenin"));
    }

    @Test
    void withAndWithoutContextMatchTheLabeler() throws IOException {
        Passage seed = new Passage(SEED.toString(), Files.readString(SEED, StandardCharsets.UTF_8));
        Labeler labeler = new Labeler(model);
        List<CSVRecord> withContext = parse(label(SEED.toString()).out());
        List<CSVRecord> alone = parse(label("--no-context", SEED.toString()).out());
        assertMatches(withContext, labeler.label(seed, true));
        assertMatches(alone, labeler.label(seed, false));
        assertThat(withContext.stream().map(r -> r.get("label")).toList())
                .isNotEqualTo(alone.stream().map(r -> r.get("label")).toList());
    }

    private void assertMatches(List<CSVRecord> rows, List<LabeledUnit> expected) {
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("label")).isEqualTo(expected.get(i).label());
            assertThat(Double.parseDouble(rows.get(i).get("confidence")))
                    .isCloseTo(expected.get(i).confidence(), within(5e-5));
            assertThat(rows.get(i).get("cue")).isEqualTo(expected.get(i).cue().toString());
        }
    }

    @Test
    void jsonLinesCarryTheSameFieldsAsTheCsv() throws IOException {
        List<CSVRecord> csv = parse(label(SEED.toString()).out());
        Run run = label("--format", "jsonl", SEED.toString());
        assertThat(run.status()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSameSizeAs(csv);
        List<String> header = List.of(HEADER.split(","));
        for (int i = 0; i < lines.length; i++) {
            Map<String, String> json = flatJson(lines[i]);
            assertThat(List.copyOf(json.keySet())).isEqualTo(header);
            for (String field : header) {
                assertThat(json.get(field)).as(field).isEqualTo(csv.get(i).get(field));
            }
        }
    }

    /** A flat JSON object's fields in order, every value as its text. */
    private static Map<String, String> flatJson(String line) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser json = new JsonFactory().createParser(line)) {
            assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                assertThat(value.isScalarValue()).isTrue();
                fields.put(name, value == JsonToken.VALUE_NULL ? "" : json.getText()); // an empty CSV cell
            }
            assertThat(json.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(json.nextToken()).isNull();
        }
        return fields;
    }

    @Test
    void outputGoesToTheFileWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path out = dir.resolve("labels.csv");
        Files.writeString(out, "an older file\n");
        Run run = label("--output", out.toString(), SEED.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(label(SEED.toString()).out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aFailedRunLeavesTheOldOutputAsItWas() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "Lenin always stood up against these voices.");
        Files.write(inputs.resolve("b.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
        Path out = dir.resolve("labels.csv");
        Files.writeString(out, "an older file\n");
        Run run = label("--output", out.toString(), inputs.toString());
        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.readString(out)).isEqualTo("an older file\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(out, inputs);
        }
    }

    @Test
    void directoriesExpandRecursivelyInSortedOrder() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        Files.createDirectory(inputs.resolve("sub"));
        Files.writeString(inputs.resolve("b.txt"), "The congress met in London. Forty delegates came.");
        Files.writeString(inputs.resolve("a.txt"), "Lenin always stood up against these voices.");
        Files.writeString(inputs.resolve("sub").resolve("c.txt"), "In May he has the first stroke.");
        Files.writeString(inputs.resolve("notes.md"), "Not a passage.");
        Run run = label(inputs.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(parse(run.out())).extracting(r -> r.get("passage") + ":" + r.get("unit")).containsExactly(
                inputs.resolve("a.txt") + ":0", inputs.resolve("b.txt") + ":0", inputs.resolve("b.txt") + ":1",
                inputs.resolve("sub").resolve("c.txt") + ":0");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        String text = "Lenin always stood up against these voices. In May he has the first stroke.";
        Run run = run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "label", "--model", modelFile.toString(), "-");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(parse(run.out())).extracting(r -> r.get("passage") + "|" + r.get("start") + "|" + r.get("text"))
                .containsExactly("-|0|Lenin always stood up against these voices.",
                        "-|44|In May he has the first stroke.");
    }

    @Test
    void moreThreadsGiveTheSameOutput() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(inputs.resolve("p" + i + ".txt"), "Lenin always stood up against these voices. "
                    + "The congress met in London in year " + (1900 + i) + ".");
        }
        String one = label(inputs.toString()).out();
        assertThat(label("--threads", "3", inputs.toString()).out()).isEqualTo(one);
    }
}
