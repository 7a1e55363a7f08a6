package whosaid.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import whosaid.io.AtomicFile;

/**
 * An HTML report in a directory: {@code index.html} with the charts embedded (so the one file can be mailed or
 * archived), the same charts as PNG files beside it for papers, and the misattributed units with their context.
 */
public final class HtmlReport {
    /** Enough to see the kinds of mistakes; the rest are in the labeled output. */
    static final int MISTAKES_SHOWN = 200;

    private final Evaluation evaluation;
    private final Path dir;
    private final StringBuilder html = new StringBuilder();
    /** The design whose charts are being drawn: each chart names it, with its caveat. */
    private Design currentDesign;

    private HtmlReport(Evaluation evaluation, Path dir) {
        this.evaluation = evaluation;
        this.dir = dir;
    }

    public static void write(Evaluation evaluation, Path dir) throws IOException {
        new HtmlReport(evaluation, dir).write();
    }

    private void write() throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>whosaid evaluate: ")
                .append(escape(evaluation.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head><body>\n<h1>whosaid evaluate: ").append(escape(evaluation.title())).append("</h1>\n");
        html.append("<table class=\"settings\">");
        evaluation.settings().forEach((k, v) -> html.append("<tr><th>").append(escape(k)).append("</th><td>")
                .append(escape(v)).append("</td></tr>"));
        html.append("</table>\n");
        if (evaluation.goldUnitsInTraining() > 0) {
            html.append("<p class=\"banner\">").append(escape(evaluation.memoryWarning())).append("</p>\n");
        }
        for (String note : evaluation.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (Design design : evaluation.designs()) {
            design(design, slug(design.name(), slugs));
        }
        html.append("</body></html>\n");
        AtomicFile.write(dir.resolve("index.html"), out -> out.write(html.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void design(Design design, String slug) throws IOException {
        currentDesign = design;
        List<String> labels = evaluation.labels();
        Trial main = design.trials().get(0);
        long uncertain = main.predictions().stream().filter(p -> !p.certain()).count();
        html.append("<h2>").append(escape(design.name())).append("</h2>\n<p>").append(escape(design.description()))
                .append(" &mdash; ").append(main.predictions().size()).append(" gold units")
                .append(uncertain > 0 ? ", " + uncertain + " of them uncertain" : "").append(".</p>\n");
        if (main.predictions().isEmpty()) {
            html.append("<p class=\"none\">").append(escape(Explanations.NO_UNITS)).append(".</p>\n");
            return;
        }
        explain(Explanations.SUMMARY);
        summary(design, false);
        if (uncertain > 0) {
            html.append("<h3>Certain gold units only</h3>\n");
            summary(design, true);
        }
        List<String> systems = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        List<String> rated = new ArrayList<>();
        List<Figures> ratedFigures = new ArrayList<>();
        for (Trial t : design.trials()) {
            Figures f = Figures.of(t.predictions(), labels, false);
            systems.add(t.system());
            figures.add(f);
            if (f.hasConfidence()) {
                rated.add(t.system());
                ratedFigures.add(f);
            }
        }
        html.append("<div class=\"charts\">\n");
        chart(slug + "-confusion.png", "Confusion matrix of " + main.system(),
                Charts.confusion(figures.get(0).confusion(), main.system() + ": % of each gold label"));
        chart(slug + "-f1.png", "F1 per label", Charts.f1Bars(labels, systems, figures, "F1 per label"));
        if (!rated.isEmpty()) {
            chart(slug + "-coverage.png", "Accuracy against coverage",
                    Charts.coverage(rated, ratedFigures, "Accuracy of the units kept at a confidence threshold"));
            chart(slug + "-reliability.png", "Reliability diagram",
                    Charts.reliability(main.system(), figures.get(0).reliability(),
                            "Accuracy against confidence (the diagonal is perfect calibration)"));
        }
        html.append("</div>\n");
        perLabel(main.system(), figures.get(0));
        confusionTable(main.system(), figures.get(0).confusion());
        if (figures.get(0).hasConfidence()) {
            coverage(main.system(), figures.get(0));
            reliability(main.system(), figures.get(0));
        }
        mistakes(main);
    }

    private void summary(Design design, boolean certainOnly) {
        html.append("<table><tr><th>system</th><th>accuracy</th><th>macro-F1</th><th>micro-F1</th><th>kappa</th>");
        evaluation.labels().forEach(l -> html.append("<th>F1 ").append(escape(l)).append("</th>"));
        html.append("</tr>\n");
        String noInterval = null;
        for (Trial t : design.trials()) {
            ConfusionMatrix m = Figures.of(t.predictions(), evaluation.labels(), certainOnly).confusion();
            html.append("<tr><th>").append(escape(t.system())).append("</th>").append(cell(m.accuracy()))
                    .append(cell(m.macroF1())).append(cell(m.microF1())).append(cell(m.kappa()));
            evaluation.labels().forEach(l -> html.append(cell(m.f1(l))));
            html.append("</tr>\n");
            Bootstrap.Intervals ci = certainOnly || t != design.trials().get(0) ? null
                    : Bootstrap.of(t.predictions(), evaluation.labels());
            if (ci != null && ci.defined() && t == design.trials().get(0)) {
                html.append("<tr class=\"ci\"><td>95% interval, ").append(ci.groups()).append(" groups resampled</td>")
                        .append(range(ci.accuracy())).append(range(ci.macroF1())).append("<td></td><td></td>");
                evaluation.labels().forEach(l -> html.append(range(ci.f1().get(l))));
                html.append("</tr>\n");
            }
            if (ci != null && !ci.defined() && t == design.trials().get(0)) {
                noInterval = Explanations.noInterval(ci.groups());
            }
        }
        html.append("</table>\n");
        if (!certainOnly) {
            explain(noInterval != null ? noInterval + "." : Explanations.INTERVALS);
        }
    }

    private void explain(String text) {
        html.append("<p class=\"explain\">").append(escape(text)).append("</p>\n");
    }

    private static String range(Bootstrap.Interval i) {
        if (i == null) {
            return "<td>n/a</td>";
        }
        return String.format(Locale.ROOT, "<td>%.3f&ndash;%.3f</td>", i.low(), i.high());
    }

    private void confusionTable(String system, ConfusionMatrix m) {
        html.append("<h3>").append(escape(system)).append(", confusion (rows gold, columns predicted; count and share ")
                .append("of the gold label)</h3>\n");
        explain(Explanations.CONFUSION);
        html.append("<table><tr><th></th>");
        m.labels().forEach(l -> html.append("<th>").append(escape(l)).append("</th>"));
        html.append("</tr>\n");
        for (String gold : m.labels()) {
            html.append("<tr><th>").append(escape(gold)).append("</th>");
            for (String predicted : m.labels()) {
                long n = m.count(gold, predicted);
                long support = m.support(gold);
                html.append(String.format(Locale.ROOT, "<td>%d (%s)</td>", n,
                        support == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / support)));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void perLabel(String system, Figures figures) {
        ConfusionMatrix m = figures.confusion();
        html.append("<h3>").append(escape(system)).append(", per label</h3>\n");
        explain(Explanations.PER_LABEL);
        html.append("<table><tr><th>label</th>")
                .append("<th>precision</th><th>recall</th><th>F1</th><th>gold units</th><th>predicted</th></tr>\n");
        for (String l : m.labels()) {
            html.append("<tr><th>").append(escape(l)).append("</th>").append(cell(m.precision(l)))
                    .append(cell(m.recall(l))).append(cell(m.f1(l))).append("<td>").append(m.support(l))
                    .append("</td><td>").append(m.predicted(l)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void reliability(String system, Figures figures) {
        html.append("<h3>").append(escape(system)).append(", reliability</h3>\n");
        explain(Explanations.RELIABILITY);
        html
                .append(String.format(Locale.ROOT, "<p>Expected calibration error %.3f.</p>\n",
                        figures.reliability().expectedCalibrationError()))
                .append("<table><tr><th>confidence</th><th>units</th><th>mean confidence</th><th>accuracy</th></tr>\n");
        for (Reliability.Bin b : figures.reliability().bins()) {
            if (b.units() > 0) {
                html.append(String.format(Locale.ROOT, "<tr><td>%.1f&ndash;%.1f</td><td>%d</td>%s%s</tr>%n",
                        b.from(), b.from() + 0.1, b.units(), cell(b.meanConfidence()), cell(b.accuracy())));
            }
        }
        html.append("</table>\n");
    }

    private void coverage(String system, Figures figures) {
        html.append("<h3>").append(escape(system)).append(", accuracy by confidence threshold</h3>\n");
        explain(Explanations.COVERAGE);
        html
                .append(String.format(Locale.ROOT, "<p>Mean confidence %.3f.</p>\n", figures.meanConfidence().mean()))
                .append("<table><tr><th>threshold</th><th>units kept</th><th>share kept</th><th>accuracy</th></tr>\n");
        for (Coverage.Point p : figures.coverage().points()) {
            html.append(String.format(Locale.ROOT, "<tr><td>%.1f</td><td>%d</td><td>%.1f%%</td>%s</tr>%n",
                    p.threshold(), p.kept(), 100 * p.coverage(), p.kept() == 0 ? "<td>n/a</td>" : cell(p.accuracy())));
        }
        html.append("</table>\n");
    }

    private void mistakes(Trial main) {
        List<Mistake> mistakes = Mistake.mostConfident(main.predictions(), MISTAKES_SHOWN);
        long wrong = main.predictions().stream().filter(p -> !p.correct()).count();
        html.append("<h3>Misattributed units of ").append(escape(main.system())).append("</h3>\n<p>").append(wrong)
                .append(" units misattributed")
                .append(wrong > mistakes.size() ? "; the " + mistakes.size() + " most confident shown" : "")
                .append(", with the unit before and after.</p>\n")
                .append("<table class=\"mistakes\"><tr><th>passage</th><th>unit</th><th>gold</th><th>predicted</th>")
                .append("<th>confidence</th><th>context</th></tr>\n");
        for (Mistake m : mistakes) {
            Prediction p = m.prediction();
            html.append("<tr><td>").append(escape(p.passage())).append("</td><td>").append(p.unit())
                    .append("</td><td>").append(escape(p.gold())).append(p.certain() ? "" : " (uncertain)")
                    .append("</td><td>").append(escape(p.predicted())).append("</td>")
                    .append(Double.isNaN(p.confidence()) ? "<td></td>" : cell(p.confidence()))
                    .append("<td><span class=\"context\">").append(escape(m.previous()))
                    .append("</span> <mark>").append(escape(p.text())).append("</mark> <span class=\"context\">")
                    .append(escape(m.next())).append("</span></td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** A design's name as the start of its chart files' names: "gold-units-the-model-never-trained-on-f1.png". */
    static String slug(String name, java.util.Set<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.isEmpty() ? "part" : base.substring(0, Math.min(base.length(), 60)).replaceAll("-$", "");
        String slug = base;
        for (int i = 2; !taken.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private void chart(String file, String alt, byte[] chart) throws IOException {
        byte[] png = Charts.captioned(chart, "whosaid evaluate, " + evaluation.title() + ": " + currentDesign.name()
                + " (" + currentDesign.trials().get(0).predictions().size() + " units)", currentDesign.caveat());
        AtomicFile.write(dir.resolve(file), out -> out.write(png));
        html.append("<figure><img alt=\"").append(escape(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption><a href=\"").append(file)
                .append("\">").append(file).append("</a></figcaption></figure>\n");
    }

    private static String cell(double value) {
        return String.format(Locale.ROOT, "<td>%.3f</td>", value);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; max-width: 80em; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; vertical-align: top; }
            th:first-child, table.settings td, table.mistakes td { text-align: left; }
            .note { color: #8a4b00; }
            tr.ci td { color: #555; font-size: 0.9em; }
            .explain { color: #444; font-size: 0.92em; max-width: 48em; }
            .banner { background: #fde8e8; border: 2px solid #b00020; color: #7a0016; padding: 0.8em; font-weight: bold; }
            .charts { display: flex; flex-wrap: wrap; gap: 1em; }
            figure { margin: 0; }
            figcaption { font-size: 0.8em; color: #666; }
            table.mistakes { width: 100%; }
            table.mistakes td:first-child { min-width: 12em; max-width: 18em; overflow-wrap: anywhere; }
            table.mistakes th { text-align: left; }
            table.mistakes td:last-child { width: 65%; }
            .context { color: #888; }
            mark { background: #fff3b0; }
            """;
}
