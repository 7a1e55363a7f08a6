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

    private TextInputs() {
    }

    /** The sources in the order they will be labeled; fails on a name that is neither a file nor a directory. */
    public static List<String> expand(List<String> inputs) {
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
                            .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                            .map(Path::toString).sorted().toList();
                    if (found.isEmpty()) {
                        throw new BadInputException(input + ": directory holds no .txt files");
                    }
                    sources.addAll(found);
                } catch (IOException e) {
                    throw new BadInputException(input + ": cannot list directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
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
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }
}
