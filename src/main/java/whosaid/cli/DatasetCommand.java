package whosaid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.dataset.DatasetRun;
import whosaid.dataset.Selection;
import whosaid.io.BadInputException;
import whosaid.io.OutputPaths;
import whosaid.io.TextInputs;

@Command(name = "dataset", description = "Write an annotation-ready CSV of the input passages: the model's labels, "
        + "context, and empty gold/certain columns; fill gold in and give the file to train --data or evaluate.",
        subcommands = {DatasetMergeCommand.class, DatasetReanchorCommand.class, DatasetStatsCommand.class})
final class DatasetCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LabelingMixin labeling;

    @Mixin
    AnchoringMixin anchoring;

    // Not required to picocli, which would then demand INPUT and --out of 'dataset merge' and 'dataset stats' too.
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "A .txt file, a directory of them, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output", "--out"}, paramLabel = "FILE", description = "Where to write the dataset CSV (required).")
    Path out;

    @Option(names = "--sample", paramLabel = "N", description = "Keep N units drawn at random (reproducible with --sample-seed).")
    Integer sample;

    @Option(names = "--sample-seed", paramLabel = "N", defaultValue = "1", description = "Seed of the random sample (default: ${DEFAULT-VALUE}); the same seed gives the same rows.")
    long seed;

    @Option(names = "--stratify", description = "With --sample: the same number of units of each predicted label, as far as there are, so rare voices get annotated too.")
    boolean stratify;

    @Option(names = "--uncertain", paramLabel = "N", description = "Keep the N units the model is least sure of (active learning).")
    Integer uncertain;

    @Option(names = "--uncertainty", paramLabel = "margin|entropy", defaultValue = "margin", description = "How --uncertain ranks: margin (smallest gap between the two most probable labels) or entropy (default: ${DEFAULT-VALUE}).")
    String uncertainty;

    @Option(names = "--min-confidence", paramLabel = "P", description = "Keep units whose confidence is at least P.")
    Double minConfidence;

    @Option(names = "--max-confidence", paramLabel = "P", description = "Keep units whose confidence is at most P.")
    Double maxConfidence;

    @Option(names = "--quotes-only", description = "Only quotations, as a quotation table: quote_text, introducer_text, speaker.")
    boolean quotesOnly;

    @Option(names = "--arff", paramLabel = "FILE", description = "Also write the selected units' features as sparse Weka ARFF, the predicted label as class.")
    Path arff;

    @Option(names = "--exclude", arity = "1..*", paramLabel = "FILE", description = "Leave out units already annotated in these dataset or labeled CSV files (rows with a gold label, matched by passage and offsets).")
    List<Path> exclude = new ArrayList<>();

    /** A word that names no file and has no dot or folder in it: meant as a verb, not as a passage. */
    private static boolean looksLikeAVerb(String input) {
        return input.matches("[A-Za-z][A-Za-z-]*") && !java.nio.file.Files.exists(Path.of(input));
    }

    @Option(names = "--excel-safe", description = "Neutralise cells starting with = + - @ against formula injection (prefix ') and add a UTF-8 byte order mark for Excel.")
    boolean excelSafe;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!inputs.isEmpty() && looksLikeAVerb(inputs.get(0))) { // 'dataset statz f.csv'
            throw new BadInputException(UsageErrors.notAVerb(spec, inputs.get(0), " nor a file"));
        }
        if (inputs.isEmpty() || out == null) {
            throw new BadInputException("dataset needs INPUT... and --output FILE (see 'whosaid dataset --help')");
        }
        OutputPaths.check().file("-o", out).file("--arff", arff).inputs("INPUT", inputs, TextInputs.SUFFIX)
                .inputs("--exclude", exclude).input("--model", CommonOptions.resolve(labeling.model))
                .refuseOverwrites();
        Selection selection = new Selection(sample, seed, stratify, uncertain,
                Selection.measure(uncertainty), minConfidence, maxConfidence, quotesOnly,
                whosaid.dataset.Annotated.keys(exclude, anchoring.anchoring()));
        DatasetRun.Summary summary = new DatasetRun(labeling.labeler(), !labeling.noContext, labeling.encoding,
                labeling.threads())
                .run(inputs, System.in, selection, new DatasetRun.Output(out, arff, excelSafe), System.err);
        System.err.printf(Locale.ROOT, "labeled %d passage(s), %d units; wrote %d rows to %s%s%n",
                summary.passages(), summary.units(), summary.rows(), out, arff == null ? "" : " and " + arff);
        return Main.OK;
    }
}
