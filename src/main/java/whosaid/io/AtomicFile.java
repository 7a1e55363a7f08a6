package whosaid.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old file or the whole new one: the content goes to a temporary file
 * beside the target, which is moved into place only when writing succeeded.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** The body of a write; it must not close the stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes under way, as {temporary file, target}: what an interrupted run must remove and report. */
    private static final java.util.Set<Path[]> UNDER_WAY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path[] write : UNDER_WAY) {
                try {
                    if (Files.deleteIfExists(write[0])) {
                        System.err.println("whosaid: interrupted: " + write[1] + " was not written (its unfinished "
                                + "temporary file was removed)");
                    }
                } catch (IOException e) {
                    System.err.println("whosaid: interrupted: could not remove " + write[0] + ": " + e.getMessage());
                }
            }
        }, "whosaid-cleanup"));
    }

    /** The folders a failed write created, so that it leaves nothing behind; one that holds something stays. */
    private static void removeEmpty(java.util.List<Path> created) {
        for (Path d : created) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                return; // not empty, or not ours to remove
            }
        }
    }

    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target + ": is a directory; give a file name to write");
        }
        Path dir = absolute.getParent();
        java.util.List<Path> created = new java.util.ArrayList<>(); // deepest first
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            created.add(d);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot create its folder: " + e.getMessage(), e);
        }
        // not Files.createTempFile: its owner-only permissions would stick to the output, which the umask should decide
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        Path[] underWay = {temp, target};
        UNDER_WAY.add(underWay); // an interrupted run (Ctrl-C, kill) leaves no partial file behind, and says so
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            if (!created.isEmpty()) {
                Path shown = target.getParent() == null ? dir : target.getParent();
                System.err.println("whosaid: created the folder " + shown + " for " + target);
            }
        } finally {
            UNDER_WAY.remove(underWay);
            if (!done) {
                Files.deleteIfExists(temp);
                removeEmpty(created);
            }
        }
    }
}
