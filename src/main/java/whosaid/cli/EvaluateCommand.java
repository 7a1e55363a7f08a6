package whosaid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.eval.Agreement;
import whosaid.eval.Evaluation;
import whosaid.eval.EvaluationRun;
import whosaid.eval.GroupedCrossValidation;
import whosaid.io.BadInputException;
import whosaid.io.OutputPaths;
import whosaid.train.TrainingOptions;
import whosaid.train.TrainingRun;

@Command(name = "evaluate", description = {
        "Measure how far labels can be trusted: against hand-labeled gold, by grouped cross-validation, or "
                + "between two label files.",
        "  --gold FILE_OR_DIR...   a model against hand-labeled CSV files;",
        "  --cross-validate K      grouped K-fold cross-validation of --data/--corpus",
        "                          (K = 0 or loo: one fold per group);",
        "  --compare A.csv B.csv   agreement of two label files of the same passages.",
        "A table goes to standard output; --json and --html also write every figure",
        "and the charts."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--gold", arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Hand-labeled CSV files (passage,unit,start,end,label,certain,text) or directories of them.")
    List<String> gold;

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "models/whosaid.model", description = "Model file evaluated against --gold (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--cross-validate", paramLabel = "K", description = "Number of grouped folds; 0 or loo leaves one group out at a time.")
    String crossValidate;

    @Option(names = "--group", paramLabel = "work|passage|block", defaultValue = "work", description = "What a fold holds out: work (each corpus file; hand-labeled passages always train), passage (each hand-labeled passage) or block (K contiguous blocks of each hand-labeled passage). Default: ${DEFAULT-VALUE}.")
    String group;

    @Option(names = "--spliced", defaultValue = "100", paramLabel = "N", description = "With --group work: also score N mixed passages spliced from runs of held-out works (default: ${DEFAULT-VALUE}; 0 for none).")
    int spliced;

    @Option(names = "--compare", arity = "2", paramLabel = "CSV", description = "Two label files (labeled CSVs or 'whosaid label' output): the first plays gold.")
    List<Path> compare;

    @Option(names = "--match", paramLabel = "unit|offsets", defaultValue = "unit", description = "How --compare pairs units: unit (passage and unit number) or offsets (passage and overlapping start-end). Default: ${DEFAULT-VALUE}.")
    String match;

    @Mixin
    TrainingMixin training;

    @Mixin
    AnchoringMixin anchoring;

    @Option(names = "--strict", description = "With --gold: exit with status 2 when any gold unit was in the model's training data; "
            + "with every mode that trains: where training falls back (see train --help).")
    private boolean strict;

    @Option(names = "--quotes", arity = "1..*", paramLabel = "FILE", description = "With --cross-validate: also score quotation gold spans (source,start,end,label,...; see data/quotes/QUOTES.md), each by a model that never saw its text, with every sieve's hits, precision and the accuracy without it; several files are scored each apart.")
    private java.util.List<Path> quotes;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every figure as JSON here.")
    Path json;

    @Option(names = "--html", paramLabel = "DIR", description = "Write index.html with charts and the misattributed units here.")
    Path html;

    @Override
    public Integer call() throws Exception {
        int modes = (gold != null ? 1 : 0) + (crossValidate != null ? 1 : 0) + (compare != null ? 1 : 0);
        if (modes != 1) {
            throw new BadInputException("give exactly one of --gold, --cross-validate or --compare");
        }
        training.refuseOverwrites(OutputPaths.check().file("--json", json).folder("--html", html)
                .inputs("--gold", gold, ".csv").input("--model", gold == null ? null : CommonOptions.resolve(model))
                .inputs("--compare", compare).input("--quotes", quotes));
        Evaluation evaluation;
        if (compare != null) {
            evaluation = Agreement.compare(compare.get(0), compare.get(1), choice("--match", match,
                    Agreement.Match.class), anchoring.anchoring());
        } else {
            TrainingOptions options = training.options();
            TrainingRun.Sources sources = training.sources(strict, anchoring.anchoring());
            evaluation = gold != null
                    ? EvaluationRun.gold(CommonOptions.resolve(model), gold, sources, options, System.err)
                    : EvaluationRun.crossValidate(sources, options, new GroupedCrossValidation.Plan(
                            choice("--group", group, GroupedCrossValidation.Grouping.class), folds(), training.seed, spliced,
                            quotes == null ? null : new GroupedCrossValidation.Quotes(quotes, sources.corpus())),
                            System.err, whosaid.io.Progress.onTerminal());
        }
        // before any report: a run that fails must leave no figures behind that look like its result
        if (strict && evaluation.goldUnitsInTraining() > 0) {
            throw new BadInputException("--strict: " + evaluation.goldUnitsInTraining() + " gold units were in the "
                    + "model's training data; evaluate a model trained without them (no report written)");
        }
        EvaluationRun.report(evaluation, new EvaluationRun.Reports(System.out, json, html));
        System.out.flush();
        return Main.OK;
    }

    private int folds() {
        if (crossValidate.equalsIgnoreCase("loo")) {
            return 0;
        }
        try {
            int k = Integer.parseInt(crossValidate.strip());
            if (k == 1 || k < 0) {
                throw new BadInputException("--cross-validate must be 0 (or loo) or at least 2, not " + k);
            }
            return k;
        } catch (NumberFormatException e) {
            throw new BadInputException("--cross-validate must be a number of folds or loo, not '" + crossValidate
                    + "'");
        }
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
        }
    }
}
