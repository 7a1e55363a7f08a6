package whosaid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final List<String> TEXTS = List.of(
            "First paragraph of one.\n\nSecond paragraph of one.\r\n  \r\nThird of one.",
            "Only paragraph of two, which is a little longer than the others.\n");

    @TempDir
    Path dir;

    @Test
    void writesAtLeastTheRequestedSizeInFilesOfAboutAPageEach() throws IOException {
        long bytes = 3L * CorpusGenerator.FILE_BYTES + 1000;

        List<Path> files = new CorpusGenerator(TEXTS, 7).write(dir, bytes);

        long total = 0;
        for (Path f : files) {
            assertThat(Files.size(f)).isLessThan(CorpusGenerator.FILE_BYTES + 100);
            total += Files.size(f);
        }
        assertThat(files).hasSize(4);
        assertThat(total).isBetween(bytes, bytes + 4 * 100);
        assertThat(files.get(0).getFileName()).hasToString("passage-00001.txt");
    }

    @Test
    void passagesAreRunsOfWholeParagraphsOfOneSource() {
        String passage = new CorpusGenerator(TEXTS, 3).passage(200);

        List<String> paragraphs = List.of(passage.split("\n\n"));
        List<String> known = new ArrayList<>(List.of("First paragraph of one.", "Second paragraph of one.",
                "Third of one.", "Only paragraph of two, which is a little longer than the others."));
        assertThat(known).containsAll(paragraphs);
        boolean fromOne = paragraphs.stream().allMatch(p -> p.endsWith("of one."));
        boolean fromTwo = paragraphs.stream().allMatch(p -> p.startsWith("Only"));
        assertThat(fromOne || fromTwo).isTrue();
        assertThat(passage.length()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void theSameSeedGivesTheSameCorpus() throws IOException {
        List<Path> a = new CorpusGenerator(TEXTS, 11).write(dir.resolve("a"), 5000);
        List<Path> b = new CorpusGenerator(TEXTS, 11).write(dir.resolve("b"), 5000);

        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readString(a.get(i))).isEqualTo(Files.readString(b.get(i)));
        }
    }

    @Test
    void refusesTextsWithoutParagraphs() {
        assertThatThrownBy(() -> new CorpusGenerator(List.of("", " \n\n "), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
