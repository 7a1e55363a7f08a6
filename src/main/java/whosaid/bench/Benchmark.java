package whosaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import whosaid.Parallel;
import whosaid.label.LabelWriter;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.Labeler;
import whosaid.text.SentenceSplitter;

/**
 * Times sentence detection alone against labeling, over the same input files and through the same code as
 * {@code whosaid label} (reading, decoding, labeling and CSV formatting; only the disk write is left out), so the
 * ratio says how close labeling comes to its natural limit.
 */
public final class Benchmark {
    private final Labeler labeler;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final int repetitions;
    private final PrintStream log;

    /** @param log told of every pass as it ends, since a full run takes minutes */
    public Benchmark(Labeler labeler, int repetitions, PrintStream log) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("at least one repetition");
        }
        this.labeler = labeler;
        this.repetitions = repetitions;
        this.log = log;
    }

    /**
     * One warm-up pass of every mode at the most threads, then, for each thread count, the repetitions, the modes
     * taking turns within each so that a change in the machine's load falls on all of them alike.
     */
    public List<Measurement> run(List<String> sources, long bytes, List<Integer> threadCounts) {
        int most = threadCounts.stream().max(Integer::compare).orElseThrow();
        for (Mode mode : Mode.values()) {
            pass(mode, most, sources);
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int threads : threadCounts) {
            Map<Mode, List<Double>> seconds = new EnumMap<>(Mode.class);
            Map<Mode, Long> units = new EnumMap<>(Mode.class);
            Map<Mode, Double> cpu = new EnumMap<>(Mode.class);
            for (int r = 0; r < repetitions; r++) {
                for (Mode mode : Mode.values()) {
                    long start = System.nanoTime();
                    long cpuStart = processCpuNanos();
                    units.put(mode, pass(mode, threads, sources));
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    cpu.merge(mode, cpuStart < 0 ? -1 : (processCpuNanos() - cpuStart) / 1e9,
                            (a, b) -> a < 0 || b < 0 ? -1 : a + b);
                    seconds.computeIfAbsent(mode, m -> new ArrayList<>()).add(elapsed);
                    log.printf(Locale.ROOT, "  %s) %d thread(s), run %d/%d: %.2f s%n", mode.letter(), threads, r + 1,
                            repetitions, elapsed);
                }
            }
            for (Mode mode : Mode.values()) {
                measurements.add(new Measurement(mode, threads, bytes, units.get(mode), seconds.get(mode),
                        cpu.get(mode)));
            }
        }
        return measurements;
    }

    /** CPU time of the whole process (all threads, garbage collection and JIT included), or -1 if unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Processes every source once; returns the units found (sentences, or labeled units). */
    private long pass(Mode mode, int threads, List<String> sources) {
        return switch (mode) {
            case SENTENCES -> detectSentences(threads, sources);
            case LABEL_ALONE -> label(false, threads, sources);
            case LABEL -> label(true, threads, sources);
        };
    }

    private long label(boolean context, int threads, List<String> sources) {
        BatchLabeling batch = new BatchLabeling(labeler, context, StandardCharsets.UTF_8, BatchLabeling.OnError.FAIL,
                threads, log);
        try (LabelWriter writer = LabelWriter.of("csv", Writer.nullWriter(), labeler.model().labels())) {
            return batch.run(sources, InputStream.nullInputStream(), writer).units();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long detectSentences(int threads, List<String> sources) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> counts = new ArrayList<>(sources.size());
            for (String source : sources) {
                counts.add(pool.submit(() -> sentences.count(
                        TextInputs.read(source, StandardCharsets.UTF_8, InputStream.nullInputStream()).text())));
            }
            long total = 0;
            for (Future<Integer> count : counts) {
                total += Parallel.await(count);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
