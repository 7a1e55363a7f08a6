package whosaid.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.io.BadInputException;

class CorpusManifestTest {
    @TempDir
    Path tmp;

    private Path work(String path, String text) throws IOException {
        Path file = tmp.resolve("corpus").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void listsTheWorksTrainingReadsWithSizeAndDigest() throws IOException {
        work("Lenin/a.txt", "abc");
        work("narrator/b.txt", "Hello.\n\nAgain.\n");
        work("SOURCES.md", "where it came from");
        work("Lenin/notes.md", "not a work");
        CorpusManifest m = CorpusManifest.of(tmp.resolve("corpus"));
        assertEquals(List.of("Lenin/a.txt", "narrator/b.txt"), m.files().stream().map(CorpusFile::path).toList());
        // SHA-256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", m.files().get(0).sha256());
        assertEquals(3, m.files().get(0).bytes());
        assertEquals(3 + 15, m.totalBytes());
    }

    @Test
    void aListWrittenIsReadBackTheSame() throws IOException {
        work("Lenin/a.txt", "abc");
        work("Stalin/c d.txt", "comma, \"quoted\"");
        CorpusManifest m = CorpusManifest.of(tmp.resolve("corpus"));
        Path csv = tmp.resolve("list.csv");
        m.table().write(csv, false);
        assertEquals(m, CorpusManifest.read(csv));
        assertTrue(CorpusCheck.of(m, CorpusManifest.read(csv)).same());
    }

    @Test
    void sortsMissingExtraAndDifferentWorks() throws IOException {
        work("Lenin/a.txt", "abc");
        work("Lenin/b.txt", "same");
        work("Trotsky/c.txt", "one two");
        CorpusManifest recorded = CorpusManifest.of(tmp.resolve("corpus"));
        Files.delete(tmp.resolve("corpus/Lenin/a.txt"));
        work("Trotsky/c.txt", "one tw0"); // same size, other bytes
        work("narrator/d.txt", "mine");
        CorpusCheck check = CorpusCheck.of(recorded, CorpusManifest.of(tmp.resolve("corpus")));
        assertFalse(check.same());
        assertEquals(List.of("Lenin/a.txt"), check.missing().stream().map(CorpusFile::path).toList());
        assertEquals(List.of("narrator/d.txt"), check.extra().stream().map(CorpusFile::path).toList());
        assertEquals(List.of("Trotsky/c.txt"), check.different().stream().map(d -> d.found().path()).toList());
        assertEquals(1, check.identical());
        assertEquals("1 missing, 1 extra, 1 different, 1 as recorded", check.counts());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        check.printDifferences(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(List.of("missing    Lenin/a.txt (3 bytes)",
                "different  Trotsky/c.txt (7 bytes as recorded, other bytes)",
                "extra      narrator/d.txt (4 bytes, not in the list)"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aFileMovedToAnotherVoiceIsMissingInOneAndExtraInTheOther() throws IOException {
        work("Lenin/a.txt", "abc");
        CorpusManifest recorded = CorpusManifest.of(tmp.resolve("corpus"));
        Files.createDirectories(tmp.resolve("corpus/Stalin"));
        Files.move(tmp.resolve("corpus/Lenin/a.txt"), tmp.resolve("corpus/Stalin/a.txt"));
        CorpusCheck check = CorpusCheck.of(recorded, CorpusManifest.of(tmp.resolve("corpus")));
        assertEquals(1, check.missing().size());
        assertEquals(1, check.extra().size());
    }

    @Test
    void aMalformedListNamesItsLine() throws IOException {
        Path csv = tmp.resolve("list.csv");
        Files.writeString(csv, "voice,file,bytes,sha256\nLenin,a.txt,3,ba7816bf\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CorpusManifest.read(csv));
        assertTrue(e.getMessage().startsWith(csv + ":2: sha256 must be 64 hexadecimal digits"), e.getMessage());
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Files.writeString(csv, "voice,file,bytes,sha256\nLenin,a.txt,3," + sha + "\nLenin,a.txt,3," + sha + "\n");
        e = assertThrows(BadInputException.class, () -> CorpusManifest.read(csv));
        assertTrue(e.getMessage().startsWith(csv + ":3: Lenin/a.txt is listed twice"), e.getMessage());
    }

    @Test
    void aMissingFolderSaysWhereTheCorpusCanBeHad() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> CorpusManifest.of(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("scripts/rebuild_corpus.py"), e.getMessage());
        assertTrue(e.getMessage().contains("data/CORPUS.md"), e.getMessage());
    }
}
