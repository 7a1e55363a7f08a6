package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.model.ModelFile;

class EvaluateCommandTest {
    private static final String TEXT = "The state is a product of the irreconcilability of class antagonisms. "
            + "I remember the winter evenings in the prison cell. "
            + "The congress was held in London in August and attended by forty delegates.";

    @TempDir
    static Path shared;
    private static Path model;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeAll
    static void saveModel() throws IOException {
        model = shared.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private Path goldCsv() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int second = TEXT.indexOf("I remember");
        int third = TEXT.indexOf("The congress");
        Path csv = dir.resolve("gold.csv");
        Files.writeString(csv, "passage,unit,start,end,label,certain,text\n"
                + "a.txt,0,0," + (second - 1) + ",Lenin,true,\"" + TEXT.substring(0, second - 1) + "\"\n"
                + "a.txt,1," + second + "," + (third - 1) + ",Trotsky,false,\"" + TEXT.substring(second, third - 1)
                + "\"\n"
                + "a.txt,2," + third + "," + TEXT.length() + ",narrator,true,\"" + TEXT.substring(third) + "\"\n");
        return csv;
    }

    @Test
    void goldEvaluationWritesTheTableJsonAndHtml() throws IOException {
        Path csv = goldCsv();
        Path json = dir.resolve("out/report.json");
        Path html = dir.resolve("html");
        int status = Main.run("evaluate", "--model", model.toString(), "--gold", csv.toString(),
                "--json", json.toString(), "--html", html.toString());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("== gold (3 gold units, 1 uncertain)", "model, units alone",
                "certain gold units only", "accuracy by confidence threshold");

        List<Double> accuracies = numbers(json, "accuracy");
        // model and model alone, each over all and over certain units, each with a coverage curve
        assertThat(accuracies).isNotEmpty().allSatisfy(a -> assertThat(a).isBetween(0.0, 1.0));
        String text = Files.readString(json);
        assertThat(text).contains("\"title\" : \"gold labels\"", "\"macroF1\"", "\"kappa\"", "\"coverage\"",
                "\"threshold\" : 0.9");
        assertThat(numbers(json, "units")).contains(3.0, 2.0);

        String index = Files.readString(html.resolve("index.html"));
        assertThat(index).contains("<h2>gold</h2>", "data:image/png;base64,", "Misattributed units of model");
        for (String png : List.of("gold-confusion.png", "gold-f1.png", "gold-coverage.png")) {
            byte[] bytes = Files.readAllBytes(html.resolve(png));
            assertThat(bytes).as(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void goldTheModelTrainedOnIsFlaggedEverywhereAndFailsUnderStrict() throws IOException {
        Path csv = goldCsv(); // two of its three sentences are training sentences of the tiny model
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("h");
        int status = Main.run("evaluate", "--model", model.toString(), "--gold", csv.toString(), "--json",
                json.toString(), "--html", html.toString());
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("WARNING: 2 gold units were in the model's training data",
                "== gold units the model never trained on (1 gold units", "== gold units the model trained on");
        assertThat(Files.readString(json)).contains("\"goldUnitsInTraining\" : 2");
        assertThat(Files.readString(html.resolve("index.html"))).contains("<p class=\"banner\">WARNING: 2 gold units");
        assertThat(html.resolve("gold-units-the-model-never-trained-on-f1.png")).exists();
        assertThat(html.resolve("gold-units-the-model-trained-on-memory-not-accuracy-f1.png")).exists();

        out.reset();
        Path strictJson = dir.resolve("strict.json");
        Path strictHtml = dir.resolve("strict-html");
        int strict = Main.run("evaluate", "--strict", "--model", model.toString(), "--gold", csv.toString(),
                "--json", strictJson.toString(), "--html", strictHtml.toString());
        assertThat(strict).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--strict: 2 gold units were in the model's training data");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("no report printed").doesNotContain("WARNING", "==");
        assertThat(strictJson).doesNotExist();
        assertThat(strictHtml).doesNotExist();
    }

    @Test
    void trainingDataGivesTheNaiveBayesBaselineToo() throws IOException {
        Path csv = goldCsv();
        Path training = dir.resolve("training.csv");
        Files.writeString(training, """
                passage,unit,label,text
                t,0,Lenin,The state is a product of class antagonisms.
                t,1,Lenin,The proletariat needs the state only temporarily.
                t,2,Stalin,A nation is a historically constituted community of people.
                t,3,Stalin,The party must not lag behind the movement.
                t,4,Trotsky,I remember the winter evenings in the prison cell.
                t,5,Trotsky,I was supported by Kamenev who had come an hour late.
                t,6,narrator,The congress was held in London in August.
                t,7,narrator,The city was renamed in 1961.
                """);
        int status = Main.run("evaluate", "--model", model.toString(), "--gold", csv.toString(), "--data",
                training.toString(), "--json", dir.resolve("r.json").toString());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("baselines trained on: " + training,
                "majority label", "naive Bayes, bag of words");
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"system\" : \"naive Bayes, bag of words\"");
    }

    @Test
    void anUnknownGoldLabelExitsTwoNamingFileAndLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "passage,unit,label,text\nx.txt,0,Lenin,a\nx.txt,1,Zinoviev,b\n");
        int status = Main.run("evaluate", "--model", model.toString(), "--gold", csv.toString());
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("whosaid: " + csv + ":3: unknown label")
                .doesNotContain("Exception");
    }

    @Test
    void compareReportsAgreement() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "passage,unit,label,text\np,0,Lenin,x\np,1,Stalin,y\n");
        Files.writeString(b, "passage,unit,label,text\np,0,Lenin,x\np,1,Lenin,y\n");
        int status = Main.run("evaluate", "--compare", a.toString(), b.toString(), "--json",
                dir.resolve("agree.json").toString());
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("agreement of two label files", "b.csv");
        assertThat(numbers(dir.resolve("agree.json"), "accuracy")).containsOnly(0.5);
    }

    @Test
    void exactlyOneModeIsRequired() {
        assertThat(Main.run("evaluate", "--model", model.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exactly one of --gold, --cross-validate");
    }

    @Test
    void badFoldCountsAreUsageErrors() {
        assertThat(Main.run("evaluate", "--cross-validate", "1", "--data", "x")).isEqualTo(Main.BAD_INPUT);
        assertThat(Main.run("evaluate", "--cross-validate", "many", "--data", "x")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--cross-validate must be");
    }

    /** Every number the JSON gives for a field, in document order. */
    private static List<Double> numbers(Path json, String field) throws IOException {
        List<Double> values = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && parser.currentName().equals(field)
                        && parser.nextToken().isNumeric()) {
                    values.add(parser.getDoubleValue());
                }
            }
        }
        return values;
    }
}
