package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;

/**
 * Runs the {@code ./whosaid} launcher as a user does, on the jar this build packaged and the shipped model, and
 * checks the CSV it prints (its shape only: the shipped model is retrained from time to time).
 */
class LauncherIT {
    private static final Path SEED = Path.of("data/passages/seed.txt");
    private static Path jar;

    @BeforeAll
    static void findJar() {
        String built = System.getProperty("whosaid.jar", "target/whosaid.jar");
        jar = Path.of(built).toAbsolutePath();
        assertThat(jar).as("run with 'mvn verify', which packages the jar first").isRegularFile();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run launch(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "./whosaid"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("WHOSAID_JAR", jar.toString());
        Path err = Files.createTempFile("whosaid-launcher", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin);
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String errors = Files.readString(err);
        Files.delete(err);
        return new Run(process.exitValue(), out, errors);
    }

    @Test
    void labelsTheSeedWithTheShippedModelAsWellFormedCsv() throws Exception {
        Run run = launch(new byte[0], "label", SEED.toString());
        assertThat(run.status()).as(run.err()).isZero();

        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out()));
        List<String> header = csv.getHeaderNames();
        assertThat(header.subList(0, 6)).containsExactly("passage", "unit", "start", "end", "label", "confidence");
        assertThat(header.subList(header.size() - 7, header.size())).containsExactly("frame", "frame_confidence",
                "section", "section_voice", "section_confidence", "cue", "text");
        List<String> labels = header.subList(6, header.size() - 7).stream().map(h -> {
            assertThat(h).startsWith("p_");
            return h.substring(2);
        }).toList();
        assertThat(labels).isNotEmpty();

        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        List<Unit> units = new Segmenter().segment(new Passage(SEED.toString(), text));
        List<CSVRecord> rows = csv.getRecords();
        assertThat(rows).hasSameSizeAs(units);
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertThat(row.size()).isEqualTo(header.size());
            assertThat(row.get("passage")).isEqualTo(SEED.toString());
            assertThat(Integer.parseInt(row.get("unit"))).isEqualTo(i);
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            assertThat(row.get("text")).isEqualTo(new String(codePoints, start, end - start))
                    .isEqualTo(units.get(i).text());
            assertThat(row.get("label")).isIn(labels);
            double sum = labels.stream().mapToDouble(l -> Double.parseDouble(row.get("p_" + l))).sum();
            assertThat(sum).isCloseTo(1, within(1e-3));
            assertThat(row.get("confidence")).isEqualTo(row.get("p_" + row.get("label")));
            // the seed has own words: every unit lies in a section of a passage with a frame voice
            assertThat(row.get("frame")).isIn(labels);
            assertThat(row.get("section_voice")).isIn(labels);
        }
    }

    @Test
    void readsStandardInputAndReportsBadUsageWithStatusTwo() throws Exception {
        Run run = launch("Lenin always stood up against these voices.".getBytes(StandardCharsets.UTF_8),
                "label", "--format", "jsonl", "-");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"passage\":\"-\",\"unit\":0,\"start\":0,\"end\":43,")
                .endsWith("\"text\":\"Lenin always stood up against these voices.\"}\n");

        Run bad = launch(new byte[0], "label", "--format", "xml", SEED.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("whosaid: ").doesNotContain("Exception").doesNotContain("\n");
    }

    /**
     * What the shade filters in pom.xml leave out stays out: Weka's GUI but for the few classes and files non-GUI Weka
     * code loads (annotations, its logger, the converters' properties), and every native library. The bundled NOTICE
     * and LICENSE files are merged or appended, not overwritten by one another.
     */
    @Test
    void jarLeavesOutWekaGuiAndNativeLibrariesAndKeepsEveryLicense() throws Exception {
        Pattern keptWekaGui = Pattern.compile("weka/gui/(|(GenericPropertiesCreator|GPCIgnore|ProgrammaticProperty"
                + "|FilePropertyMetadata|PasswordProperty|Logger|TaskLogger|LogPanel)([.$].*)"
                + "|GenericObjectEditor[.]props)");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("weka/gui entries other than those non-GUI Weka code loads")
                    .filteredOn(n -> n.startsWith("weka/gui/") && !keptWekaGui.matcher(n).matches()).isEmpty();
            assertThat(names).as("Weka's KnowledgeFlow, Bayes net editor, look and feel")
                    .filteredOn(n -> n.startsWith("weka/knowledgeflow/")
                            || n.startsWith("weka/classifiers/bayes/net/GUI") || n.startsWith("com/formdev/"))
                    .isEmpty();
            assertThat(names).as("native libraries").filteredOn(n -> n.matches(".*[.](so|dll|jnilib|dylib)")).isEmpty();
            // what the filters must not take: classifiers' annotations, Weka's logger, the converters' properties
            assertThat(names).contains("weka/gui/ProgrammaticProperty.class", "weka/gui/LogPanel.class",
                    "weka/gui/GenericPropertiesCreator.class", "weka/gui/GenericPropertiesCreator.props",
                    "weka/gui/GenericObjectEditor.props", "weka/classifiers/bayes/NaiveBayesMultinomial.class",
                    "weka/classifiers/functions/LibLINEAR.class", "weka/core/converters/ConverterUtils.class");

            assertThat(text(zip, "META-INF/NOTICE")).contains("Apache OpenNLP Tools", "Apache Commons CSV", "Jackson");
            assertThat(text(zip, "META-INF/whosaid/LICENSE")).contains("GNU GENERAL PUBLIC LICENSE", "Version 3");
            assertThat(text(zip, "META-INF/LICENSE")).contains("Apache License");
            assertThat(text(zip, "META-INF/LICENSE.txt")).as("Apache-2.0 of Commons and MIT of SLF4J, appended")
                    .contains("Apache License", "QOS.ch");
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (var in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
