package whosaid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Builds a benchmark corpus of a given size from a few source texts: passage files made of runs of consecutive
 * paragraphs, each run starting at a random paragraph of a random source, so that the files read like the scraped
 * pages whosaid labels rather than like one text repeated.
 */
public final class CorpusGenerator {
    /** About the size of a long scraped page; a corpus of N MB has about 8N files. */
    static final int FILE_BYTES = 128 * 1024;
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

    private final List<List<String>> sources;
    private final Random random;

    /** @param texts the source texts; each needs at least one non-blank paragraph */
    public CorpusGenerator(List<String> texts, long seed) {
        this.sources = new ArrayList<>();
        for (String text : texts) {
            List<String> paragraphs = new ArrayList<>();
            for (String p : BLANK_LINE.split(text)) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
            if (!paragraphs.isEmpty()) {
                sources.add(paragraphs);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no text to build a corpus from");
        }
        this.random = new Random(seed);
    }

    /** Writes {@code passage-NNNNN.txt} files into {@code folder} until they hold at least {@code bytes} bytes. */
    public List<Path> write(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (long written = 0; written < bytes; ) {
            byte[] passage = passage((int) Math.min(FILE_BYTES, bytes - written)).getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(String.format(java.util.Locale.ROOT, "passage-%05d.txt", files.size() + 1));
            Files.write(file, passage);
            files.add(file);
            written += passage.length;
        }
        return files;
    }

    /** Consecutive paragraphs of one source, from a random one on (wrapping round), until at least {@code bytes}. */
    String passage(int bytes) {
        List<String> paragraphs = sources.get(random.nextInt(sources.size()));
        StringBuilder text = new StringBuilder();
        int size = 0;
        for (int i = random.nextInt(paragraphs.size()); size < bytes; i = (i + 1) % paragraphs.size()) {
            String paragraph = paragraphs.get(i);
            text.append(paragraph).append("\n\n");
            size += paragraph.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return text.toString();
    }
}
