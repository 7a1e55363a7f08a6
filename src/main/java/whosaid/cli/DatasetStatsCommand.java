package whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.dataset.DatasetStats;
import whosaid.io.CsvTable;

@Command(name = "stats", description = "Units per label (gold if annotated, else the model's) and per passage, "
        + "uncertain share, unit lengths.")
final class DatasetStatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;


    @Parameters(index = "0", paramLabel = "FILE", description = "A dataset, labeled or 'whosaid label' CSV file.")
    Path file;

    @Override
    public Integer call() {
        DatasetStats.of(CsvTable.read(file)).print(System.out);
        return Main.OK;
    }
}
