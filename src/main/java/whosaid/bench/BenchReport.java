package whosaid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The benchmark's figures as text: the machine, the input, then for each thread count the speed of sentence
 * detection alone (a), labeling without context (b) and labeling with decoding (c), with b/a and c/a; and how
 * each scales from one thread to the most.
 */
public final class BenchReport {
    private final Machine machine;
    private final String input;
    private final double modelLoadSeconds;
    private final List<Measurement> measurements;

    /** @param input what was labeled, in words ("164 files, 20.0 MB generated from ...") */
    public BenchReport(Machine machine, String input, double modelLoadSeconds, List<Measurement> measurements) {
        this.machine = machine;
        this.input = input;
        this.modelLoadSeconds = modelLoadSeconds;
        this.measurements = List.copyOf(measurements);
    }

    /** How fast {@code mode} is relative to sentence detection at the same thread count, if both were measured. */
    public Optional<Double> ratio(Mode mode, int threads) {
        Optional<Measurement> baseline = find(Mode.SENTENCES, threads);
        return find(mode, threads).flatMap(m -> baseline.map(b -> m.megabytesPerSecond() / b.megabytesPerSecond()));
    }

    /** How much faster {@code mode} is at {@code threads} than at one thread, if both were measured. */
    public Optional<Double> scaling(Mode mode, int threads) {
        Optional<Measurement> one = find(mode, 1);
        return find(mode, threads).flatMap(m -> one.map(o -> m.megabytesPerSecond() / o.megabytesPerSecond()));
    }

    private Optional<Measurement> find(Mode mode, int threads) {
        return measurements.stream().filter(m -> m.mode() == mode && m.threads() == threads).findFirst();
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "machine: %d cores, %s; %s; load average %s at start",
                machine.cores(), machine.processor(), machine.java(),
                machine.loadAverage() < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", machine.loadAverage())));
        lines.add("input: " + input);
        lines.add(String.format(Locale.ROOT, "model loaded in %.2f s", modelLoadSeconds));
        int repetitions = measurements.isEmpty() ? 0 : measurements.get(0).seconds().size();
        lines.add("median of " + repetitions + " repetition(s) after a warm-up pass; MB = 10^6 bytes of input; "
                + "cores = CPU time / wall time (below the thread count: the threads waited for a core)");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%7s  %-28s %9s %11s %8s %7s", "threads", "", "MB/s", "units/s",
                "vs a", "cores"));
        TreeSet<Integer> threadCounts = new TreeSet<>();
        measurements.forEach(m -> threadCounts.add(m.threads()));
        for (int threads : threadCounts) {
            for (Mode mode : Mode.values()) {
                find(mode, threads).ifPresent(m -> lines.add(String.format(Locale.ROOT,
                        "%7d  %-28s %9.2f %11.0f %8s %7s", threads, mode.letter() + ") " + mode.description(),
                        m.megabytesPerSecond(), m.unitsPerSecond(),
                        ratio(mode, threads).map(r -> String.format(Locale.ROOT, "%.3f", r)).orElse(""),
                        m.coresUsed() < 0 ? "" : String.format(Locale.ROOT, "%.2f", m.coresUsed()))));
            }
        }
        int most = threadCounts.isEmpty() ? 1 : threadCounts.last();
        if (most > 1) {
            List<String> scaled = new ArrayList<>();
            for (Mode mode : Mode.values()) {
                scaling(mode, most).ifPresent(s -> scaled.add(String.format(Locale.ROOT, "%s %.2fx",
                        mode.letter(), s)));
            }
            lines.add("");
            lines.add(most + " threads vs 1: " + String.join(", ", scaled));
        }
        return String.join("\n", lines) + "\n";
    }
}
