package whosaid.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand shares. */
final class CommonOptions {
    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * A path relative to the current directory, or failing that to the whosaid installation (the launcher sets
     * {@code whosaid.home}), so the default model is found from anywhere.
     */
    static Path resolve(Path path) {
        String home = System.getProperty("whosaid.home");
        if (Files.exists(path) || path.isAbsolute() || home == null) {
            return path;
        }
        Path installed = Path.of(home).resolve(path);
        return Files.exists(installed) ? installed : path;
    }
}
