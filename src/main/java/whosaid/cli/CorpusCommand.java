package whosaid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "corpus", description = "The reference corpus: check a folder against the list of its files "
        + "(verify), or list a folder's files in the same form (list).",
        subcommands = {CorpusVerifyCommand.class, CorpusListCommand.class})
final class CorpusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: 'corpus verify DIR' or "
                + "'corpus list DIR -o FILE'");
    }
}
