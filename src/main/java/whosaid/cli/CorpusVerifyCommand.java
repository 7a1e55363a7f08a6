package whosaid.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.corpus.CorpusCheck;
import whosaid.corpus.CorpusManifest;
import whosaid.io.BadInputException;

@Command(name = "verify", description = "Check that a folder holds the reference corpus byte for byte: lists the "
        + "works that are missing, extra or different; exit status 0 when identical, 2 otherwise.")
final class CorpusVerifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder (DIR/<voice>/*.txt).")
    Path dir;

    @Option(names = "--list", paramLabel = "FILE", defaultValue = "data/corpus-manifest.csv",
            description = "The recorded list of the corpus: voice,file,bytes,sha256 (default: ${DEFAULT-VALUE}).")
    Path list;

    @Override
    public Integer call() {
        Path listFile = CommonOptions.resolve(list);
        CorpusManifest recorded = CorpusManifest.read(listFile);
        CorpusManifest found = CorpusManifest.of(dir);
        CorpusCheck check = CorpusCheck.of(recorded, found);
        if (check.same()) {
            System.out.println(dir + ": the reference corpus as recorded in " + listFile + " ("
                    + recorded.files().size() + " works, " + String.format(Locale.ROOT, "%,d", recorded.totalBytes())
                    + " bytes, every SHA-256 equal)");
            return Main.OK;
        }
        check.printDifferences(System.out);
        throw new BadInputException(dir + " is not the reference corpus recorded in " + listFile + ": "
                + check.counts() + "; figures measured on it are not comparable with the model card's "
                + "(see data/CORPUS.md)");
    }
}
