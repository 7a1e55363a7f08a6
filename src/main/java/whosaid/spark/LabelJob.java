package whosaid.spark;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import whosaid.cli.Main;
import whosaid.eval.Evaluation;
import whosaid.eval.EvaluationRun;
import whosaid.io.BadInputException;
import whosaid.io.OutputPaths;
import whosaid.label.BatchLabeling;

/**
 * The Spark job: {@code spark-submit --class whosaid.spark.LabelJob whosaid.jar --model M --input PATH --output PATH}
 * labels passage files into a partitioned table; with {@code --gold} it gives the figures of
 * {@code whosaid evaluate --gold}. Parses the options and delegates; exit statuses are the CLI's (see docs/SPARK.md).
 */
@Command(name = "whosaid.spark.LabelJob", sortOptions = false,
        description = {"Label passage files on Spark (one passage per file) into a partitioned table with the "
                + "columns of 'whosaid label', or with --gold score the model as 'whosaid evaluate --gold' does."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input or usage",
                "3:finished, but some passages were skipped (--on-error skip; see OUTPUT/_skipped)"})
public final class LabelJob implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "PATH", description = "Model file, on any Hadoop file system (hdfs://, s3a://, file:/ ...).")
    String model;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "Passage files: a file, a directory (its .txt files, recursively) or a glob, on any Hadoop file system.")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "PATH", description = "Directory to write the table to; it must not exist yet.")
    String output;

    @Option(names = "--format", paramLabel = "csv|parquet|jsonl", defaultValue = "csv", description = "csv (default), parquet or jsonl.")
    String format;

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail", description = "fail (default) stops at the first unreadable passage; skip lists it in OUTPUT/_skipped, labels the rest and exits 3.")
    String onError;

    @Option(names = "--no-context", description = "Label each unit alone, without decoding the passage as a sequence.")
    boolean noContext;

    @Option(names = "--encoding", converter = whosaid.cli.CharsetConverter.class, paramLabel = "CHARSET", defaultValue = "UTF-8", description = "Encoding of the passage files (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to cut the passages into (default: three per core of the cluster).")
    Integer partitions;

    @Option(names = "--gold", arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Instead of labeling: hand-labeled CSV files (read by the driver) to score the model on, as 'whosaid evaluate --gold'.")
    List<String> gold;

    @Option(names = "--reanchor", description = "With --gold: where a row's text is no longer at its offsets (the passage was edited after the file was made), find it near its old place and use the new offsets, as 'whosaid evaluate --reanchor' does.")
    boolean reanchor;

    @Option(names = "--json", paramLabel = "FILE", description = "With --gold: write every figure as JSON here (on the driver).")
    Path json;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Supplier<SparkSession> spark;
    private final PrintStream out;
    private final PrintStream err;

    private LabelJob(Supplier<SparkSession> spark, PrintStream out, PrintStream err) {
        this.spark = spark;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SparkSession[] started = new SparkSession[1];
        int status;
        try {
            // the session starts only once the options are good: --help or a typo costs no cluster
            status = run(() -> started[0] = SparkSession.builder().appName("whosaid").getOrCreate(), args);
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
        System.exit(status);
    }

    /** Runs the job in a session the caller owns (and stops), returning the exit status. */
    public static int run(Supplier<SparkSession> spark, String... args) {
        return Main.withExitCodes(new CommandLine(new LabelJob(spark, System.out, System.err))).execute(args);
    }

    /** The local paths among {@code paths} (no scheme, or file:), which the driver can compare with its outputs. */
    private static List<java.nio.file.Path> local(List<String> paths) {
        return paths == null ? List.of()
                : paths.stream().map(LabelJob::local).filter(java.util.Objects::nonNull).toList();
    }

    private static java.nio.file.Path local(String path) {
        if (path == null) {
            return null;
        }
        java.net.URI uri = new org.apache.hadoop.fs.Path(path).toUri();
        return uri.getScheme() == null || "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri.getPath()) : null;
    }

    @Override
    public Integer call() throws Exception {
        if ((inputs == null) == (gold == null)) {
            throw new BadInputException("give either --input (to label) or --gold (to evaluate)");
        }
        if (partitions != null && partitions < 1) {
            throw new BadInputException("--partitions must be at least 1, not " + partitions);
        }
        OutputPaths.check().file("--json", json).folder("--output", local(output)).inputs("--input", local(inputs))
                .inputs("--gold", local(gold), ".csv").input("--model", local(model)).refuseOverwrites();
        if (gold != null) {
            Evaluation evaluation = SparkGoldEvaluation.run(spark.get(), model, gold, partitions,
                    reanchor ? whosaid.io.Anchoring.reanchor(err::println) : whosaid.io.Anchoring.check(), err);
            EvaluationRun.report(evaluation, new EvaluationRun.Reports(out, json, null));
            out.flush();
            return Main.OK;
        }
        if (output == null) {
            throw new BadInputException("--output is required with --input");
        }
        SparkLabeling.Summary summary = SparkLabeling.run(spark.get(), new LabelSettings(model, inputs, output,
                format.toLowerCase(java.util.Locale.ROOT), BatchLabeling.OnError.of(onError), !noContext, encoding, partitions), err);
        if (!summary.skipped().isEmpty()) {
            err.println("whosaid: labeled " + summary.passages() + " input(s), skipped " + summary.skipped().size()
                    + " (listed in " + SkippedTable.path(output) + ")");
            return Main.SKIPPED;
        }
        return Main.OK;
    }
}
