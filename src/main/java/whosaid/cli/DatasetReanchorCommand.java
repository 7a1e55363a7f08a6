package whosaid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.io.Anchoring;
import whosaid.io.BadInputException;
import whosaid.io.LabeledCsv;

@Command(name = "reanchor", description = "Write a copy of a labeled or dataset CSV whose passage was edited after "
        + "it was made, each row at the offsets where its text now is; rows whose text is gone are refused.")
final class DatasetReanchorCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "A labeled, dataset or 'whosaid label' CSV file.")
    Path file;

    @Option(names = {"-o", "--output", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the copy with the new offsets (not FILE itself).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file)) {
            throw new BadInputException(out + ": is the file being read; write the copy to a new file and keep "
                    + "the original until you have checked it");
        }
        boolean[] moved = {false};
        LabeledCsv.table(file, Anchoring.reanchor(line -> {
            moved[0] = true;
            System.err.println(line);
        })).write(out, false);
        System.err.println(!moved[0] ? "every row is where its offsets point; wrote an unchanged copy to " + out
                : "wrote " + out);
        return Main.OK;
    }
}
