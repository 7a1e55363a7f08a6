package whosaid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.dataset.AnnotationMerge;
import whosaid.dataset.MergeReport;
import whosaid.io.CsvTable;
import whosaid.io.LabeledCsv;
import whosaid.io.OutputPaths;

@Command(name = "merge", description = "Combine annotators' copies of one dataset: majority label as gold, ties left "
        + "for review (status=conflict), votes per unit, Cohen's or Fleiss' kappa.")
final class DatasetMergeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    AnchoringMixin anchoring;

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Annotated dataset files of the same units.")
    List<Path> files;

    @Option(names = {"-o", "--output", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the merged dataset CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OutputPaths.check().file("-o", out).inputs("FILE", files).refuseOverwrites();
        whosaid.io.Anchoring anchors = anchoring.anchoring();
        AnnotationMerge.Merged merged = AnnotationMerge.merge(files.stream()
                .map(f -> LabeledCsv.table(f, anchors)).toList(), out.toString());
        merged.table().write(out, false);
        MergeReport.print(merged, System.out);
        System.err.println("wrote " + out);
        return Main.OK;
    }
}
