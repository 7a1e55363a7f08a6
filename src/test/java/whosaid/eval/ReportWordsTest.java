package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The reports explain their figures in words, and say "no units" and why an interval is missing. */
class ReportWordsTest {
    private static final List<String> LABELS = List.of("A", "B");

    @TempDir
    Path dir;

    private static Prediction p(String passage, int unit, String gold, String predicted) {
        return new Prediction(passage, unit, gold, predicted, 0.7, true, "text " + unit);
    }

    private static Evaluation evaluation(List<Prediction> scored, List<Prediction> secondPart) {
        return new Evaluation("gold labels", Map.of("model", "m"), LABELS, List.of(
                new Design("gold", "all of them", List.of(new Trial(Trial.MODEL, scored))),
                new Design("gold units the model never trained on", "the rest",
                        List.of(new Trial(Trial.MODEL, secondPart)))), List.of(), 0);
    }

    private static String text(Evaluation e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.write(e, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPartWithNoUnitsSaysSoInsteadOfATableOfZeros() throws IOException {
        Evaluation e = evaluation(List.of(p("x", 0, "A", "A"), p("x", 1, "B", "A")), List.of());
        String report = text(e);
        String emptyPart = report.substring(report.indexOf("== gold units the model never trained on"));
        assertThat(emptyPart).contains(Explanations.NO_UNITS).doesNotContain("0.000", "accuracy");
        HtmlReport.write(e, dir);
        String html = Files.readString(dir.resolve("index.html"));
        String htmlPart = html.substring(html.indexOf("<h2>gold units the model never trained on"));
        assertThat(htmlPart).contains("no units: nothing to score").doesNotContain("<table", "<img");
        assertThat(Files.list(dir).map(f -> f.getFileName().toString()).toList()).as("charts named by what they "
                + "show, none for the empty part").contains("gold-f1.png", "gold-confusion.png")
                .noneMatch(f -> f.startsWith("gold-units-the-model-never-trained-on"));
    }

    @Test
    void everyFigureShownIsExplainedWhereItIs() throws IOException {
        Evaluation e = evaluation(List.of(p("x", 0, "A", "A"), p("y", 0, "B", "A"), p("y", 1, "B", "B")),
                List.of(p("x", 0, "A", "A")));
        String report = text(e).replace("\n  |", "");
        for (String words : List.of("Kappa is agreement beyond", "Precision: of the units",
                "The diagonal is what it got right", "how often the kept ones are right",
                "expected calibration error (ECE) is the average gap", "A 95% interval is the range")) {
            assertThat(report).contains(words);
        }
        HtmlReport.write(e, dir);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<p class=\"explain\">Accuracy is the share", "<p class=\"explain\">Precision:",
                "<p class=\"explain\">Each row is a voice", "<p class=\"explain\">Does a confidence of 0.7",
                "<p class=\"explain\">If you keep only");
    }

    @Test
    void aMissingIntervalSaysWhy() throws IOException {
        Evaluation e = evaluation(List.of(p("only", 0, "A", "A"), p("only", 1, "B", "A")),
                List.of(p("only", 0, "A", "A")));
        assertThat(text(e)).contains("no 95% interval: the gold units come from 1 passage or work, and an "
                + "interval needs at least two to resample");
        HtmlReport.write(e, dir);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("no 95% interval: the gold units come from 1");
    }

    @Test
    void everyChartCarriesWhatItShowsAndItsCaveatInTheImage() throws IOException {
        Evaluation e = new Evaluation("gold labels", Map.of(), LABELS, List.of(new Design("gold", "all",
                List.of(new Trial(Trial.MODEL, List.of(p("x", 0, "A", "A"), p("x", 1, "B", "A")))),
                "includes 2 units the model trained on: memory, not accuracy")), List.of(), 2);
        HtmlReport.write(e, dir);
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(dir.resolve("gold-f1.png").toFile());
        assertThat(chart.getHeight()).as("the chart's 420 pixels and two caption lines").isEqualTo(420 + 44);
        boolean red = false;
        for (int x = 0; x < chart.getWidth() && !red; x++) {
            for (int y = 420 + 24; y < chart.getHeight(); y++) {
                java.awt.Color c = new java.awt.Color(chart.getRGB(x, y));
                red |= c.getRed() > 150 && c.getGreen() < 80 && c.getBlue() < 80;
            }
        }
        assertThat(red).as("the caveat drawn in red below the chart").isTrue();
    }

    @Test
    void chartFileNamesSayWhatTheyShowAndNeverCollide() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(HtmlReport.slug("gold units the model trained on (memory, not accuracy)", taken))
                .isEqualTo("gold-units-the-model-trained-on-memory-not-accuracy");
        assertThat(HtmlReport.slug("gold", taken)).isEqualTo("gold");
        assertThat(HtmlReport.slug("Gold!", taken)).isEqualTo("gold-2");
        assertThat(HtmlReport.slug("???", taken)).isEqualTo("part");
    }

    @Test
    void theMemoryWarningSaysWhatToDo() {
        Evaluation e = new Evaluation("gold labels", Map.of(), LABELS, List.of(), List.of(), 3);
        assertThat(e.memoryWarning()).startsWith("WARNING: 3 gold units were in the model's training data")
                .contains("train a model without these units");
    }
}
