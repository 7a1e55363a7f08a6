package whosaid.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The readable summary on standard output: per design, every system side by side, then the model in detail. */
public final class TextReport {
    private TextReport() {
    }

    public static void write(Evaluation evaluation, PrintStream out) {
        out.println("whosaid evaluate: " + evaluation.title());
        if (evaluation.goldUnitsInTraining() > 0) {
            out.println("  " + evaluation.memoryWarning());
        }
        evaluation.settings().forEach((k, v) -> out.println("  " + k + ": " + v));
        evaluation.notes().forEach(n -> out.println("  note: " + n));
        List<String> labels = evaluation.labels();
        for (Design design : evaluation.designs()) {
            List<Prediction> first = design.trials().get(0).predictions();
            long uncertain = first.stream().filter(p -> !p.certain()).count();
            out.println();
            out.println("== " + design.name() + " (" + first.size() + " gold units"
                    + (uncertain > 0 ? ", " + uncertain + " uncertain" : "") + ")");
            out.println("   " + design.description());
            if (first.isEmpty()) {
                out.println("   " + Explanations.NO_UNITS);
                continue;
            }
            explain(Explanations.SUMMARY, out);
            summary(design, labels, false, out);
            if (uncertain > 0) {
                out.println("  certain gold units only:");
                summary(design, labels, true, out);
            }
            Trial main = design.trials().get(0);
            Figures figures = Figures.of(main.predictions(), labels, false);
            out.println();
            out.println("  " + main.system() + ", per label:");
            explain(Explanations.PER_LABEL, out);
            out.printf(Locale.ROOT, "  %-12s %9s %7s %6s %7s %9s%n", "label", "precision", "recall", "F1", "gold",
                    "predicted");
            ConfusionMatrix m = figures.confusion();
            for (String l : labels) {
                out.printf(Locale.ROOT, "  %-12s %9.3f %7.3f %6.3f %7d %9d%n", l, m.precision(l), m.recall(l),
                        m.f1(l), m.support(l), m.predicted(l));
            }
            out.println();
            out.println("  " + main.system() + ", confusion (rows gold, columns predicted):");
            explain(Explanations.CONFUSION, out);
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-12s", ""));
            labels.forEach(l -> header.append(String.format(Locale.ROOT, " %9s", abbreviate(l))));
            out.println(header);
            for (String g : labels) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-12s", g));
                labels.forEach(p -> row.append(String.format(Locale.ROOT, " %9d", m.count(g, p))));
                out.println(row);
            }
            if (figures.hasConfidence()) {
                out.println();
                out.printf(Locale.ROOT, "  %s, accuracy by confidence threshold (mean confidence %.3f):%n",
                        main.system(), figures.meanConfidence().mean());
                explain(Explanations.COVERAGE, out);
                out.printf(Locale.ROOT, "  %9s %8s %9s%n", "threshold", "kept", "accuracy");
                for (Coverage.Point p : figures.coverage().points()) {
                    out.printf(Locale.ROOT, "  %9.1f %7.1f%% %9s%n", p.threshold(), 100 * p.coverage(),
                            p.kept() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", p.accuracy()));
                }
                out.println();
                out.printf(Locale.ROOT, "  %s, reliability (expected calibration error %.3f):%n", main.system(),
                        figures.reliability().expectedCalibrationError());
                explain(Explanations.RELIABILITY, out);
                out.printf(Locale.ROOT, "  %11s %7s %10s %9s%n", "confidence", "units", "mean conf", "accuracy");
                for (Reliability.Bin b : figures.reliability().bins()) {
                    if (b.units() > 0) {
                        out.printf(Locale.ROOT, "  %4.1f-%-6.1f %7d %10.3f %9.3f%n", b.from(), b.from() + 0.1,
                                b.units(), b.meanConfidence(), b.accuracy());
                    }
                }
            }
        }
    }

    private static void summary(Design design, List<String> labels, boolean certainOnly, PrintStream out) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-27s %8s %8s %8s %6s  F1:",
                "system", "accuracy", "macro-F1", "micro-F1", "kappa"));
        labels.forEach(l -> header.append(String.format(Locale.ROOT, " %8s", abbreviate(l))));
        out.println(header);
        for (Trial t : design.trials()) {
            ConfusionMatrix m = Figures.of(t.predictions(), labels, certainOnly).confusion();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-27s %8.3f %8.3f %8.3f %6.3f     ",
                    abbreviate(t.system(), 27), m.accuracy(), m.macroF1(), m.microF1(), m.kappa()));
            labels.forEach(l -> row.append(String.format(Locale.ROOT, " %8.3f", m.f1(l))));
            out.println(row);
        }
        if (certainOnly) {
            return;
        }
        Trial main = design.trials().get(0);
        Bootstrap.Intervals ci = Bootstrap.of(main.predictions(), labels);
        if (ci.defined()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "  %s, 95%% bootstrap intervals over %d groups: accuracy %s, macro-F1 %s; F1", main.system(),
                    ci.groups(), text(ci.accuracy()), text(ci.macroF1())));
            ci.f1().forEach((l, i) -> row.append(' ').append(l).append(' ').append(text(i)));
            out.println(row);
            explain(Explanations.INTERVALS, out);
        } else {
            out.println("  " + main.system() + ": " + Explanations.noInterval(ci.groups()));
        }
    }

    /** An explanation as indented lines of at most about 100 characters, so that a terminal does not cut words. */
    private static void explain(String text, PrintStream out) {
        StringBuilder line = new StringBuilder("  |");
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 100) {
                out.println(line);
                line = new StringBuilder("  |");
            }
            line.append(' ').append(word);
        }
        out.println(line);
    }

    static String text(Bootstrap.Interval i) {
        if (i == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "[%.3f, %.3f]", i.low(), i.high());
    }

    private static String abbreviate(String label) {
        return abbreviate(label, 9);
    }

    private static String abbreviate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
