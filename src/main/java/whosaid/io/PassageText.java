package whosaid.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds and reads the text file a labeled CSV's {@code passage} column names. */
public final class PassageText {
    private PassageText() {
    }

    /**
     * The text file of a passage: its path as written, or resolved against the CSV's folder and up to two folders
     * above it (so {@code data/passages/seed.txt} is found from {@code data/labeled/seed.csv}); null if none.
     */
    public static Path find(String passage, Path csv) {
        if (passage.equals("-")) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(passage));
        Path dir = csv.toAbsolutePath().getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve(passage));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    public static String read(Path file) {
        return TextDecoder.readUtf8(file);
    }
}
