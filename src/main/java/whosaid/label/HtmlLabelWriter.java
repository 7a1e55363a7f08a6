package whosaid.label;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import whosaid.quote.Attribution;
import whosaid.quote.Cue;

/**
 * One self-contained HTML page for a whole run: every passage's text with each unit shaded by its voice, the
 * unit's probabilities and the rule that decided it shown on pointing at it or clicking it, a summary of voices per
 * passage, and links between passages. No script and nothing from the network: the page opens from a file.
 *
 * <p>The page is also well-formed XML (void elements closed, no named entities), so that it can be read by any XML
 * tool. Passages are written as they come, so a long run never sits in memory; the index of passages, known only at
 * the end, is written last and placed first on the page by the style sheet.
 */
final class HtmlLabelWriter implements LabelWriter {
    /** Okabe and Ito's colours, told apart with any colour vision; grey fourth, where the shipped model has narrator. */
    private static final int[][] PALETTE = {{230, 159, 0}, {86, 180, 233}, {0, 158, 115}, {160, 160, 160},
            {204, 121, 167}, {0, 114, 178}, {213, 94, 0}, {240, 228, 66}};

    private final Appendable out;
    private final List<String> labels;
    private final List<Summary> passages = new ArrayList<>();

    /** The overall voice of a passage (its frame voice) and its probability, shown in the passage summary. */
    record FrameVoice(String label, double probability) {
    }

    /** What the index and a passage's summary show. */
    record Summary(String passage, int[] unitsPerLabel, int units, double meanConfidence, int decidedByRule,
                   Optional<FrameVoice> frameVoice) {
    }

    HtmlLabelWriter(Appendable out, List<String> labels) throws IOException {
        this.out = out;
        this.labels = List.copyOf(labels);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>whosaid: whose words</title>\n<style>\n").append(style()).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<header>\n<h1>Whose words?</h1>\n")
                .append("<p class=\"how\">Each sentence (or quotation) is underlined in the colour of the voice ")
                .append("whosaid gives it, and shaded by how sure it is: the paler, the less sure. Point at a ")
                .append("sentence, or click it, to see its probabilities and what decided it.</p>\n")
                .append(legend()).append("</header>\n");
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        if (units.isEmpty()) {
            return; // a blank passage has nothing to show, and no name to show it under
        }
        int n = passages.size();
        Summary summary = summarize(units);
        passages.add(summary);
        if (n > 0) {
            closePassage(n - 1, Optional.of(n)); // its link forward names this passage
        }
        out.append("<section class=\"passage\" id=\"p").append(Integer.toString(n)).append("\">\n<h2>")
                .append(escape(summary.passage())).append("</h2>\n");
        out.append(summaryHtml(summary, labels));
        out.append("<div class=\"text\">\n");
        int paragraph = units.get(0).unit().paragraph();
        out.append("<p>");
        boolean first = true;
        for (LabeledUnit u : units) {
            if (u.unit().paragraph() != paragraph) {
                out.append("</p>\n<p>");
                paragraph = u.unit().paragraph();
                first = true;
            }
            if (!first) {
                out.append(' '); // whitespace between units belongs to none: shown as one space
            }
            first = false;
            out.append(unitHtml(n, u));
        }
        out.append("</p>\n</div>\n");
    }

    @Override
    public void close() throws IOException {
        if (!passages.isEmpty()) {
            closePassage(passages.size() - 1, Optional.empty());
        }
        out.append(indexHtml()).append("</main>\n</body>\n</html>\n");
    }

    /** The passage's frame voice, for the summary to show; empty when it was not decoded by frame. */
    static Optional<FrameVoice> frameVoice(List<LabeledUnit> units) {
        return units.stream().map(LabeledUnit::frame).filter(Frame::known).findFirst()
                .map(f -> new FrameVoice(f.voice(), f.confidence()));
    }

    private Summary summarize(List<LabeledUnit> units) {
        int[] counts = new int[labels.size()];
        double confidence = 0;
        int rule = 0;
        for (LabeledUnit u : units) {
            int i = labels.indexOf(u.label());
            if (i >= 0) {
                counts[i]++;
            }
            confidence += u.confidence();
            if (u.cue().attribution() != null) {
                rule++;
            }
        }
        return new Summary(units.get(0).unit().passageId(), counts, units.size(), confidence / units.size(), rule,
                frameVoice(units));
    }

    private void closePassage(int index, Optional<Integer> next) throws IOException {
        out.append("<nav class=\"between\">");
        if (index > 0) {
            out.append("<a href=\"#p").append(Integer.toString(index - 1)).append("\">← ")
                    .append(escape(passages.get(index - 1).passage())).append("</a>");
        }
        out.append("<a href=\"#index\">all passages</a>");
        if (next.isPresent()) {
            out.append("<a href=\"#p").append(Integer.toString(next.get())).append("\">")
                    .append(escape(passages.get(next.get()).passage())).append(" →</a>");
        }
        out.append("</nav>\n</section>\n");
    }

    /** The voices of one passage: units and share per voice as a bar, and what the summary knows besides. */
    static String summaryHtml(Summary s, List<String> labels) {
        StringBuilder html = new StringBuilder("<div class=\"summary\">\n");
        html.append(bar(s.unitsPerLabel(), s.units()));
        html.append("<table class=\"voices\"><tr><th>voice</th><th>units</th><th>share</th></tr>\n");
        for (int i = 0; i < labels.size(); i++) {
            html.append("<tr><td><span class=\"swatch v").append(colour(i)).append("\"></span>")
                    .append(escape(labels.get(i))).append("</td><td>").append(s.unitsPerLabel()[i])
                    .append("</td><td>").append(percent(s.unitsPerLabel()[i], s.units())).append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"facts\">").append(s.units()).append(" units; mean confidence ")
                .append(two(s.meanConfidence())).append("; ")
                .append(s.decidedByRule()).append(" quotation(s) decided by a rule.");
        s.frameVoice().ifPresent(f -> html.append(" <span class=\"frame\">Frame voice: <b>")
                .append(escape(f.label())).append("</b> (probability ")
                .append(two(f.probability())).append(").</span>"));
        html.append("</p>\n</div>\n");
        return html.toString();
    }

    private String indexHtml() {
        StringBuilder html = new StringBuilder("<nav class=\"index\" id=\"index\">\n<h2>Passages</h2>\n");
        if (passages.isEmpty()) {
            return html.append("<p>No passage had any text.</p>\n</nav>\n").toString();
        }
        html.append("<table><tr><th>passage</th><th>units</th><th>voices</th>");
        labels.forEach(l -> html.append("<th>").append(escape(l)).append("</th>"));
        html.append("</tr>\n");
        for (int p = 0; p < passages.size(); p++) {
            Summary s = passages.get(p);
            html.append("<tr><td><a href=\"#p").append(p).append("\">").append(escape(s.passage()))
                    .append("</a></td><td>").append(s.units()).append("</td><td class=\"barcell\">")
                    .append(bar(s.unitsPerLabel(), s.units())).append("</td>");
            for (int count : s.unitsPerLabel()) {
                html.append("<td>").append(count).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n</nav>\n").toString();
    }

    private String unitHtml(int passage, LabeledUnit u) {
        int voice = labels.indexOf(u.label());
        StringBuilder html = new StringBuilder(u.unit().text().length() + 400);
        html.append("<span class=\"u v").append(colour(voice)).append("\" id=\"p").append(passage).append("-u")
                .append(u.unit().index()).append("\" tabindex=\"0\" data-voice=\"").append(escape(u.label()))
                .append("\" style=\"background:").append(shade(voice, u.confidence())).append("\">")
                .append(escape(u.unit().text()))
                .append("<span class=\"tip\"><b>").append(escape(u.label())).append("</b> ")
                .append(LabelWriter.probability(u.confidence())).append(" · unit ").append(u.unit().index())
                .append(", characters ").append(u.unit().start()).append("–").append(u.unit().end())
                .append("<br/>");
        for (int i = 0; i < labels.size(); i++) {
            html.append(i == 0 ? "" : " · ").append(escape(labels.get(i))).append(' ')
                    .append(LabelWriter.probability(u.probabilities()[i]));
        }
        html.append("<br/>").append(escape(decidedBy(u.cue()))).append("</span></span>");
        return html.toString();
    }

    /** What decided a unit's voice, in words, with the cue column's own spelling after it. */
    static String decidedBy(Cue cue) {
        List<String> words = new ArrayList<>();
        Attribution a = cue.attribution();
        if (a != null) {
            String who = a.voice().equals(Attribution.OTHER) ? "someone else"
                    : a.voice().equals(Attribution.AUTHOR) ? "the author" : a.voice();
            words.add("decided by the quotation rule '" + a.sieve().id() + "': " + who + " is quoted");
        } else {
            words.add("decided by the classifier");
        }
        if (!cue.introduces().isEmpty()) {
            words.add("introduces a quotation of " + (cue.introduces().equals(Attribution.OTHER) ? "someone else"
                    : cue.introduces()));
        }
        switch (cue.segment()) {
            case "quote" -> words.add("inside quotation marks");
            case "colon" -> words.add("after a colon");
            case "split:length" -> words.add("cut from a sentence over 2,000 characters");
            default -> { }
        }
        String text = String.join("; ", words);
        String column = cue.toString();
        return column.isEmpty() ? text : text + " (cue " + column + ")";
    }

    private static String bar(int[] counts, int total) {
        StringBuilder html = new StringBuilder("<div class=\"bar\">");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                html.append("<span class=\"v").append(colour(i)).append("\" style=\"width:")
                        .append(String.format(Locale.ROOT, "%.2f", 100.0 * counts[i] / total)).append("%\"></span>");
            }
        }
        return html.append("</div>").toString();
    }

    private String legend() {
        StringBuilder html = new StringBuilder("<div class=\"legend\">");
        for (int i = 0; i < labels.size(); i++) {
            html.append("<span class=\"key\"><span class=\"swatch v").append(colour(i)).append("\"></span>")
                    .append(escape(labels.get(i))).append("</span>");
        }
        html.append("<span class=\"key sure\">confidence");
        for (double c : new double[] {0.3, 0.6, 0.9}) {
            html.append(" <span class=\"sample\" style=\"background:").append(shade(0, c)).append("\">")
                    .append(String.format(Locale.ROOT, "%.1f", c)).append("</span>");
        }
        return html.append("</span></div>\n").toString();
    }

    /** A voice's colour; a label the model does not list (none should reach here) gets the last one. */
    private static int colour(int voice) {
        return voice < 0 ? PALETTE.length - 1 : voice % PALETTE.length;
    }

    /** The voice's colour over white, stronger the surer the unit: unsure units fade rather than vanish. */
    private static String shade(int voice, double confidence) {
        int[] rgb = PALETTE[colour(voice)];
        double alpha = 0.12 + 0.6 * Math.max(0, Math.min(1, confidence));
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", rgb[0], rgb[1], rgb[2], alpha);
    }

    private static String two(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    private static String percent(int count, int total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * count / total);
    }

    private static String style() {
        StringBuilder css = new StringBuilder("""
                body { font: 16px/1.6 Georgia, "Times New Roman", serif; color: #222; background: #fdfdfb;
                  margin: 0; }
                main { display: flex; flex-direction: column; max-width: 52em; margin: 0 auto; padding: 1em 1.5em 6em; }
                header { order: -2; }
                .index { order: -1; border-bottom: 1px solid #ccc; padding-bottom: 1em; }
                h1 { font-size: 1.6em; margin: 0.2em 0; }
                h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; word-break: break-all; }
                .how { color: #444; }
                .legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; font: 14px sans-serif; }
                .key { white-space: nowrap; }
                .swatch { display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em;
                  margin-right: 0.3em; border-radius: 2px; }
                .sample { padding: 0 0.3em; border-radius: 2px; }
                table { border-collapse: collapse; font: 14px sans-serif; }
                th, td { text-align: left; padding: 0.1em 0.8em 0.1em 0; }
                td:not(:first-child), th:not(:first-child) { text-align: right; }
                .bar { display: flex; height: 0.8em; width: 100%; min-width: 8em; border-radius: 2px;
                  overflow: hidden; margin: 0.3em 0; }
                .summary .bar { height: 1em; }
                .facts { font: 14px sans-serif; color: #444; margin: 0.3em 0 1em; }
                .text p { margin: 0 0 1em; }
                .u { white-space: pre-wrap; border-bottom: 3px solid; padding: 0.1em 0; cursor: pointer;
                  outline: none; }
                .u:hover, .u:focus, .u:target { box-shadow: 0 0 0 2px #222; }
                .tip { display: none; }
                .u:hover .tip, .u:focus .tip, .u:target .tip { display: block; position: fixed; left: 0; right: 0;
                  bottom: 0; z-index: 1; background: #222; color: #fff; font: 14px/1.5 sans-serif;
                  padding: 0.6em 1.5em; white-space: normal; cursor: auto; }
                nav.between { display: flex; justify-content: space-between; gap: 1em; font: 14px sans-serif;
                  border-top: 1px solid #ddd; padding: 0.5em 0 1.5em; }
                a { color: #0b5394; }
                @media print { .tip { display: none !important; } }
                """);
        for (int i = 0; i < PALETTE.length; i++) {
            int[] rgb = PALETTE[i];
            String colour = String.format(Locale.ROOT, "rgb(%d,%d,%d)", rgb[0], rgb[1], rgb[2]);
            css.append(".bar .v").append(i).append(", .swatch.v").append(i).append(" { background: ").append(colour)
                    .append("; }\n.u.v").append(i).append(" { border-bottom-color: ").append(colour).append("; }\n");
        }
        return css.toString();
    }

    /** Text as HTML shows it: the five characters that could open markup or end an attribute, escaped. */
    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
