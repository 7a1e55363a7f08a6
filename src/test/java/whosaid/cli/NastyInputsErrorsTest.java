package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import whosaid.TestModels;
import whosaid.model.ModelFile;
import whosaid.text.SentenceSplitter;

/** Every file of {@code src/test/resources/nasty} gives the outcome {@code expected.csv} promises for it. */
class NastyInputsErrorsTest {
    private static Path model;

    @BeforeAll
    static void tinyModel(@TempDir Path dir) throws IOException {
        model = dir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    private static Path nasty(String name) {
        try {
            return Path.of(NastyInputsErrorsTest.class.getResource("/nasty/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvFileSource(resources = "/nasty/expected.csv", numLinesToSkip = 1, nullValues = {})
    void givesTheExpectedOutcome(String file, String encoding, int exit, String units, String stderr)
            throws IOException {
        Path path = nasty(file);
        CliRun run = CliRun.of("label", "--model", model.toString(), "--encoding", encoding, path.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        if (exit == 0) {
            assertThat(run.err()).isEmpty();
            List<CSVRecord> rows = rows(run.out());
            assertThat(rows.isEmpty()).isEqualTo(units.equals("0"));
            assertUnitsSitAtTheirOffsets(rows, decoded(path, Charset.forName(encoding)));
        } else {
            assertThat(run.errLines()).containsExactly("whosaid: " + stderr.replace("{file}", path.toString()));
        }
    }

    @Test
    void hugeSingleLineWithoutSentenceEndIsCutIntoBoundedUnits(@TempDir Path dir) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 300_000; i++) {
            line.append(i % 97 == 0 ? "\u201C" : "").append("word").append(i).append(i % 13 == 0 ? ", " : " ");
        }
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, line);
        CliRun run = CliRun.of("label", "--model", model.toString(), "--no-context", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<CSVRecord> rows = rows(run.out());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(line.length() / SentenceSplitter.MAX_UNIT_CHARS);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("text").length()).isLessThanOrEqualTo(SentenceSplitter.MAX_UNIT_CHARS));
        assertUnitsSitAtTheirOffsets(rows, line.toString());
    }

    private static String decoded(Path file, Charset charset) throws IOException {
        String text = new String(Files.readAllBytes(file), charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<CSVRecord> rows(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).startsWith("passage", "unit", "start", "end", "label", "confidence");
            return parser.getRecords();
        }
    }

    /** What a Python user does: {@code text[start:end]} must give the unit's text, units in order, never overlapping. */
    static void assertUnitsSitAtTheirOffsets(List<CSVRecord> rows, String text) {
        int[] codePoints = text.codePoints().toArray();
        int previousEnd = 0;
        for (CSVRecord r : rows) {
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(codePoints.length);
            assertThat(r.get("text")).isEqualTo(new String(codePoints, start, end - start));
            previousEnd = end;
        }
    }
}
