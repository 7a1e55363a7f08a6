package whosaid.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import whosaid.io.BadInputException;
import whosaid.io.TextDecoder;
import whosaid.io.TextInputs;
import whosaid.label.Labeler;
import whosaid.model.ModelFile;
import whosaid.model.WhosaidModel;

/**
 * {@code whosaid bench}: loads the model (timed), labels either the user's files or a corpus generated for the run
 * in a temporary folder (deleted afterwards), and reports the figures.
 */
public final class BenchRun {
    /** Where a generated corpus comes from. */
    public record Generated(long megabytes, Path seedText, Path corpus, long seed) {
    }

    /** @param inputs the user's files or folders; empty to generate a corpus */
    public record Settings(Path model, List<String> inputs, Generated generated, int maxThreads, int repetitions) {
    }

    private BenchRun() {
    }

    public static String run(Settings settings, PrintStream log) throws IOException {
        Machine machine = Machine.current();
        long loadStart = System.nanoTime();
        WhosaidModel model = ModelFile.load(settings.model());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Path temporary = null;
        try {
            List<String> sources;
            String origin;
            if (settings.inputs().isEmpty()) {
                temporary = Files.createTempDirectory("whosaid-bench-");
                Generated g = settings.generated();
                log.println("generating " + g.megabytes() + " MB of passages in " + temporary + " ...");
                new CorpusGenerator(texts(g), g.seed()).write(temporary, g.megabytes() * 1_000_000);
                sources = TextInputs.expand(List.of(temporary.toString()));
                origin = "generated from " + g.seedText() + (g.corpus() == null ? "" : " and " + g.corpus());
            } else {
                sources = TextInputs.expand(settings.inputs());
                origin = String.join(" ", settings.inputs());
            }
            if (sources.isEmpty()) {
                throw new BadInputException(String.join(" ", settings.inputs()) + ": no .txt files to label");
            }
            long bytes = 0;
            for (String source : sources) {
                bytes += Files.size(Path.of(source));
            }
            String input = String.format(Locale.ROOT, "%d files, %.1f MB, %s", sources.size(), bytes / 1e6, origin);
            log.println("labeling " + input + " (warm-up, then " + settings.repetitions() + " run(s) each) ...");
            List<Integer> threadCounts = settings.maxThreads() > 1 ? List.of(1, settings.maxThreads()) : List.of(1);
            List<Measurement> measurements = new Benchmark(new Labeler(model), settings.repetitions(), log)
                    .run(sources, bytes, threadCounts);
            return new BenchReport(machine, input, loadSeconds, measurements).render();
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    /** The seed passage and every .txt file of the corpus folder, in a fixed order. */
    private static List<String> texts(Generated g) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(g.seedText());
        if (g.corpus() != null) {
            if (!Files.isDirectory(g.corpus())) {
                throw new BadInputException(g.corpus() + ": no such directory; "
                        + whosaid.corpus.CorpusManifest.WHERE_TO_GET_IT);
            }
            try (Stream<Path> walk = Files.walk(g.corpus())) {
                walk.filter(p -> Files.isRegularFile(p) && whosaid.io.TextInputs.isPassageFile(p)).sorted().forEach(files::add);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file + ": no such file");
            }
            texts.add(TextDecoder.readUtf8(file));
        }
        return texts;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the generated corpus " + folder, e);
        }
    }
}
