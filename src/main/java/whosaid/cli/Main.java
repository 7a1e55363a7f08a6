package whosaid.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import whosaid.Version;
import whosaid.io.BadInputException;

/** The {@code whosaid} command: subcommands only; every exit status is decided here. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Tells, sentence by sentence, whose words a passage is: Trotsky's, Lenin's, Stalin's or a "
                + "narrator's.",
        subcommands = {LabelCommand.class, TrainCommand.class, EvaluateCommand.class, DatasetCommand.class,
                BenchCommand.class, CorpusCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input or usage",
                "3:finished, but some inputs were skipped (--on-error skip)"})
public final class Main {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int SKIPPED = 3;

    /** netlib logs a warning for each native library it does not find; whosaid uses the pure-Java ones on purpose. */
    private static final java.util.logging.Logger NETLIB_LOG = java.util.logging.Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        NETLIB_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = withExitCodes(new CommandLine(new Main()));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("whosaid: out of memory (" + e.getMessage() + "); give Java more, for example "
                    + "WHOSAID_JAVA_OPTS=-Xmx4g, or split very large passages");
            return INTERNAL_ERROR;
        }
    }

    /**
     * Maps what a whosaid command throws to the exit statuses above, with one line on stderr: shared by every entry
     * point (the CLI, the Spark job), so that they fail alike.
     */
    public static CommandLine withExitCodes(CommandLine cli) {
        // '--gold g.csv --htm x' is a misspelled option, not a gold file named '--htm'
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("whosaid: " + UsageErrors.describe(e));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            // --verbose belongs to the subcommand, whose own parse result holds it
            boolean verbose = commandLine.getParseResult().hasMatchedOption("--verbose");
            if (e instanceof BadInputException) {
                err.println("whosaid: " + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
                return BAD_INPUT;
            }
            err.println("whosaid: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        return cli;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"whosaid " + Version.WHOSAID + " (Weka " + Version.weka() + ", OpenNLP "
                    + opennlp.tools.util.Version.currentVersion() + ")"};
        }
    }
}
