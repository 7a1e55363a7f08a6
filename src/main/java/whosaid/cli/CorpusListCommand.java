package whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.corpus.CorpusManifest;

@Command(name = "list", description = "Write the list of a corpus folder's works (voice,file,bytes,sha256), "
        + "the form 'corpus verify --list' reads: to record your own corpus, or to compare two folders.")
final class CorpusListCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder (DIR/<voice>/*.txt).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the list (CSV).")
    Path output;

    @Override
    public Integer call() throws Exception {
        CorpusManifest manifest = CorpusManifest.of(dir);
        manifest.table().write(output, false);
        System.err.println("listed " + manifest.files().size() + " works of " + dir + " in " + output);
        return Main.OK;
    }
}
