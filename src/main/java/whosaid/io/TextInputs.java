package whosaid.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import whosaid.text.Passage;

/**
 * What the user named on the command line, as passages to read one at a time: {@code .txt} files, directories of
 * them (recursive, sorted), or {@code -} for standard input.
 */
public final class TextInputs {
    public static final String STDIN = "-";
    /** The ending of the passage files read from a folder, in any case ({@code a.txt}, {@code B.TXT}). */
    public static final String SUFFIX = ".txt";

    private TextInputs() {
    }

    /** The sources in the order they will be labeled; fails on a name that is neither a file nor a directory. */
    public static List<String> expand(List<String> inputs) {
        return expand(inputs, false);
    }

    /** Whether a file found in a folder is a passage: its name ends with .txt in any case. */
    public static boolean isPassageFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
    }

    /**
     * @param keepMissing keep a name that is neither file nor directory as a source, so that reading it fails in its
     *                    turn (where a run skips unreadable inputs), instead of failing here
     */
    public static List<String> expand(List<String> inputs, boolean keepMissing) {
        List<String> sources = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                sources.add(STDIN);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<String> found = walk
                            .filter(p -> Files.isRegularFile(p) && isPassageFile(p))
                            .map(Path::toString).sorted().toList();
                    if (found.isEmpty()) {
                        throw new BadInputException(input + ": directory holds no .txt files");
                    }
                    sources.addAll(found);
                } catch (IOException e) {
                    throw new BadInputException(input + ": cannot list directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path) || keepMissing) {
                sources.add(input);
            } else {
                throw new BadInputException(input + ": no such file or directory");
            }
        }
        return sources;
    }

    /** The passage a source's bytes hold, decoded strictly; wherever the bytes were read from. */
    public static Passage passage(String source, byte[] bytes, Charset charset) {
        return new Passage(source, TextDecoder.decode(bytes, charset, source));
    }

    /** Reads and decodes one source; the passage is named by the source as given. */
    public static Passage read(String source, Charset charset, InputStream stdin) {
        try {
            byte[] bytes = source.equals(STDIN) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
            return passage(source, bytes, charset);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(source + ": no such file or directory", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }
}
