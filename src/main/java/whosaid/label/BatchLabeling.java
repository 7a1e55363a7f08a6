package whosaid.label;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import whosaid.Parallel;
import whosaid.io.BadInputException;
import whosaid.io.Progress;
import whosaid.io.TextInputs;

/**
 * Labels many inputs with bounded memory: passages are read, labeled and written one at a time in input order,
 * with at most a few in flight per thread, so output is identical whatever the thread count.
 */
public final class BatchLabeling {
    /** What to do when one input cannot be read. */
    public enum OnError {
        FAIL, SKIP;

        /** The value of an {@code --on-error} option: fail or skip, in any case. */
        public static OnError of(String option) {
            return switch (option.toLowerCase(java.util.Locale.ROOT)) {
                case "fail" -> FAIL;
                case "skip" -> SKIP;
                default -> throw new BadInputException("--on-error must be fail or skip, not '" + option + "'");
            };
        }
    }

    /** How a run went: units written, inputs labeled, inputs skipped. */
    public record Summary(long units, int passages, int skipped) {
    }

    private final Labeler labeler;
    private final boolean context;
    private final Charset charset;
    private final OnError onError;
    private final int threads;
    private final PrintStream errors;
    private final Progress progress;

    public BatchLabeling(Labeler labeler, boolean context, Charset charset, OnError onError, int threads,
                         PrintStream errors) {
        this(labeler, context, charset, onError, threads, errors, Progress.none());
    }

    /** @param progress told of every input done, labeled or skipped */
    public BatchLabeling(Labeler labeler, boolean context, Charset charset, OnError onError, int threads,
                         PrintStream errors, Progress progress) {
        this.labeler = labeler;
        this.context = context;
        this.charset = charset;
        this.onError = onError;
        this.threads = threads;
        this.errors = errors;
        this.progress = progress;
    }

    public Summary run(List<String> sources, InputStream stdin, LabelWriter writer) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-label");
            t.setDaemon(true);
            return t;
        });
        try (Progress.Task task = progress.start("label", sources.size())) {
            Queue<Future<List<LabeledUnit>>> inFlight = new ArrayDeque<>();
            Queue<String> names = new ArrayDeque<>();
            long units = 0;
            int passages = 0;
            int skipped = 0;
            int window = threads * 2;
            for (int next = 0; next < sources.size() || !inFlight.isEmpty(); ) {
                while (next < sources.size() && inFlight.size() < window) {
                    String source = sources.get(next++);
                    names.add(source);
                    inFlight.add(pool.submit(() -> labeler.label(TextInputs.read(source, charset, stdin), context)));
                }
                String source = names.remove();
                try {
                    List<LabeledUnit> labeled = Parallel.await(inFlight.remove());
                    writer.write(labeled);
                    units += labeled.size();
                    passages++;
                } catch (BadInputException e) {
                    if (onError == OnError.FAIL) {
                        throw e;
                    }
                    errors.println("whosaid: skipped " + e.getMessage());
                    skipped++;
                }
                task.step();
            }
            return new Summary(units, passages, skipped);
        } finally {
            pool.shutdownNow();
        }
    }
}
