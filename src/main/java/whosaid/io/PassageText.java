package whosaid.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds and reads the text file a labeled CSV's {@code passage} column names. */
public final class PassageText {
    private PassageText() {
    }

    /** As {@link #find(String, Path, Fallback)}, saying an ambiguous path on standard error. */
    public static Path find(String passage, Path csv) {
        return find(passage, csv, Fallback.warn(System.err));
    }

    /**
     * The text file of a passage: its path resolved against the CSV's folder or up to two folders above it (so
     * {@code data/passages/seed.txt} is found from {@code data/labeled/seed.csv}), else as written (from the current
     * folder); null if none. The CSV's own folder comes first so that a CSV means the same text wherever it is read
     * from; where the current folder would give another file, {@code fallback} is told.
     */
    public static Path find(String passage, Path csv, Fallback fallback) {
        if (passage.equals("-")) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        Path dir = csv.toAbsolutePath().getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve(passage));
        }
        Path found = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        Path asWritten = Path.of(passage);
        if (!Files.isRegularFile(asWritten)) {
            return found;
        }
        if (found == null) {
            return asWritten;
        }
        if (OutputPaths.same(found, asWritten)) {
            return asWritten; // one file: named as the CSV names it, in messages too
        }
        fallback.note(csv + ": passage " + passage + " is read from " + found + " (beside the CSV), not from "
                + asWritten.toAbsolutePath().normalize() + " (the current folder)");
        return found;
    }

    public static String read(Path file) {
        return TextDecoder.readUtf8(file);
    }
}
