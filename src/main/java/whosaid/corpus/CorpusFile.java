package whosaid.corpus;

import java.util.Locale;
import java.util.Objects;

/**
 * One work of a corpus folder as the list records it.
 *
 * @param voice the folder directly inside the corpus folder, which is the work's label
 * @param file the {@code .txt} file's name inside that folder
 * @param sha256 lower-case hexadecimal digest of the file's bytes
 */
public record CorpusFile(String voice, String file, long bytes, String sha256) {
    public CorpusFile {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(file, "file");
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    /** {@code voice/file}, the name users see in listings and in {@code data/CORPUS.md}. */
    public String path() {
        return voice + "/" + file;
    }

    public boolean sameContent(CorpusFile other) {
        return bytes == other.bytes && sha256.equals(other.sha256);
    }
}
