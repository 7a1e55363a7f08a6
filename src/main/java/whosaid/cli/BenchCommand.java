package whosaid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.bench.BenchRun;

@Command(name = "bench", description = "Measure labeling speed on this machine against OpenNLP sentence detection "
        + "alone, at one thread and at all cores, to size a labeling job.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders of .txt to label; without any, a corpus is generated (--generate).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "models/whosaid.model", description = "Model file (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--generate", defaultValue = "20", paramLabel = "SIZE_MB", description = "Size of the generated corpus in MB (default: ${DEFAULT-VALUE}); it is written to a temporary folder and deleted afterwards.")
    int generate;

    @Option(names = "--seed-text", defaultValue = "data/passages/seed.txt", paramLabel = "FILE", description = "A passage the generated corpus is made from (default: ${DEFAULT-VALUE}).")
    Path seedText;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of .txt works the generated corpus is also made from, e.g. ../shared/corpus.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "The most threads to measure (default: all cores); one thread is always measured.")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "Timed runs of each measurement; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        int most = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Options.positive("--threads", most);
        Options.positive("--repeat", repeat);
        Options.positive("--generate", generate);
        BenchRun.Generated generated = new BenchRun.Generated(generate, CommonOptions.resolve(seedText), corpus, 1);
        BenchRun.Settings settings = new BenchRun.Settings(CommonOptions.resolve(model), inputs, generated, most, repeat);
        System.out.print(BenchRun.run(settings, System.err));
        return Main.OK;
    }
}
