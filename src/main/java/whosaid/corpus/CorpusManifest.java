package whosaid.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import whosaid.io.BadInputException;
import whosaid.io.CsvTable;

/**
 * A list of a corpus folder's works, {@code voice,file,bytes,sha256}: the files whosaid trains on
 * ({@code DIR/<voice>/*.txt}), so that two folders can be compared without either's text being copied.
 */
public record CorpusManifest(List<CorpusFile> files) {
    public static final List<String> HEADER = List.of("voice", "file", "bytes", "sha256");
    /** Said wherever a corpus folder is missing: the corpus is not in the repository, but can be had. */
    public static final String WHERE_TO_GET_IT = "the reference corpus is not in this repository: "
            + "scripts/rebuild_corpus.py rebuilds it from its public origins, and data/CORPUS.md says how to "
            + "get it and check it (whosaid corpus verify DIR)";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Comparator<CorpusFile> ORDER = Comparator.comparing(CorpusFile::voice)
            .thenComparing(CorpusFile::file);

    public CorpusManifest {
        files = files.stream().sorted(ORDER).toList();
    }

    /** Reads a list written by {@link #table()}; a malformed row stops with the file and line. */
    public static CorpusManifest read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new BadInputException(csv + ": no such corpus list");
        }
        CsvTable table = CsvTable.read(csv);
        int voice = table.require("voice");
        int file = table.require("file");
        int bytes = table.require("bytes");
        int sha = table.require("sha256");
        List<CorpusFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.get(voice) + "/" + row.get(file);
            if (row.get(voice).isEmpty() || row.get(file).isEmpty()) {
                throw BadInputException.at(table.name(), row.line(), "empty voice or file");
            }
            if (!seen.add(name)) {
                throw BadInputException.at(table.name(), row.line(), name + " is listed twice");
            }
            if (!SHA256.matcher(row.get(sha)).matches()) {
                throw BadInputException.at(table.name(), row.line(), "sha256 must be 64 hexadecimal digits, not '"
                        + row.get(sha) + "'");
            }
            long size;
            try {
                size = Long.parseLong(row.get(bytes));
            } catch (NumberFormatException e) {
                throw BadInputException.at(table.name(), row.line(), "bytes must be a whole number, not '"
                        + row.get(bytes) + "'");
            }
            if (size < 0) {
                throw BadInputException.at(table.name(), row.line(), "bytes must not be negative");
            }
            files.add(new CorpusFile(row.get(voice), row.get(file), size, row.get(sha)));
        }
        return new CorpusManifest(files);
    }

    /**
     * Lists a corpus folder as whosaid reads it for training: the {@code .txt} files directly inside the folders
     * directly inside {@code dir}; anything else there (a {@code SOURCES.md}) is not part of the corpus.
     */
    public static CorpusManifest of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such corpus folder; " + WHERE_TO_GET_IT);
        }
        List<CorpusFile> files = new ArrayList<>();
        try (Stream<Path> voices = Files.list(dir)) {
            for (Path voiceDir : voices.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> works = Files.list(voiceDir)) {
                    for (Path work : works.filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList()) {
                        files.add(new CorpusFile(voiceDir.getFileName().toString(), work.getFileName().toString(),
                                Files.size(work), sha256(work)));
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read corpus folder: " + e.getMessage(), e);
        }
        return new CorpusManifest(files);
    }

    public long totalBytes() {
        return files.stream().mapToLong(CorpusFile::bytes).sum();
    }

    public CsvTable table() {
        List<CsvTable.Row> rows = files.stream().map(f -> new CsvTable.Row(0, List.of(f.voice(), f.file(),
                Long.toString(f.bytes()), f.sha256()))).toList();
        return new CsvTable("corpus list", HEADER, rows);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
