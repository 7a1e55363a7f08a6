package whosaid.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Refuses a run whose output would write over one of its own inputs, before anything is read or written: every verb
 * that writes, and the Spark job, hand their paths here. Paths are compared as the file system resolves them (links,
 * relative paths, {@code ..}), and as the same file when they are hard links of one another.
 */
public final class OutputPaths {
    /** A path as the user named it, with the option that named it ({@code "INPUT"} for a positional one). */
    public record Named(String option, Path path, String suffix) {
        public Named(String option, Path path) {
            this(option, path, "");
        }

        public static List<Named> all(String option, List<?> paths) {
            return all(option, paths, "");
        }

        /** @param suffix the ending (any case) of the files a folder among {@code paths} is read for; "" for all */
        public static List<Named> all(String option, List<?> paths, String suffix) {
            List<Named> named = new ArrayList<>();
            if (paths != null) {
                for (Object p : paths) {
                    if (p != null && !p.toString().equals(TextInputs.STDIN)) {
                        named.add(new Named(option, p instanceof Path path ? path : Path.of(p.toString()), suffix));
                    }
                }
            }
            return named;
        }

        String shown() {
            return option + " " + path;
        }
    }

    private final List<Named> files = new ArrayList<>();
    private final List<Named> folders = new ArrayList<>();
    private final List<Named> inputs = new ArrayList<>();

    private OutputPaths() {
    }

    public static OutputPaths check() {
        return new OutputPaths();
    }

    /** An output file; {@code null} (not asked for) is left out. */
    public OutputPaths file(String option, Path path) {
        if (path != null) {
            files.add(new Named(option, path));
        }
        return this;
    }

    /** An output folder, whose files the run writes: it must neither be nor contain an input. */
    public OutputPaths folder(String option, Path path) {
        if (path != null) {
            folders.add(new Named(option, path));
        }
        return this;
    }

    /** Input files or folders (a folder's files are inputs); {@code null} and {@code -} are left out. */
    public OutputPaths inputs(String option, List<?> paths) {
        return inputs(option, paths, "");
    }

    /** Input files, or folders whose files ending with {@code suffix} (any case) are read. */
    public OutputPaths inputs(String option, List<?> paths, String suffix) {
        inputs.addAll(Named.all(option, paths, suffix));
        return this;
    }

    public OutputPaths input(String option, Object path) {
        return path == null ? this : inputs(option, List.of(path));
    }

    /** @throws BadInputException naming the output and the input it would destroy */
    public void refuseOverwrites() {
        List<Named> outputs = new ArrayList<>(files);
        outputs.addAll(folders);
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = i + 1; j < outputs.size(); j++) {
                if (same(outputs.get(i).path(), outputs.get(j).path())) {
                    throw new BadInputException(outputs.get(i).shown() + " and " + outputs.get(j).shown()
                            + " are the same path; nothing was written: give each output its own name");
                }
            }
        }
        for (Named input : inputs) {
            if (!Files.exists(input.path())) {
                continue; // its own reader reports it
            }
            boolean inputFolder = Files.isDirectory(input.path());
            Path in = real(input.path());
            for (Named out : files) {
                if (inputFolder ? isInside(out.path(), in, input.suffix()) : same(out.path(), input.path())) {
                    throw overwrite(out, inputFolder ? "would write over a file in the input folder" : "is the same "
                            + "file as the input", input);
                }
            }
            for (Named out : folders) {
                if (in.startsWith(real(out.path()))) {
                    throw overwrite(out, inputFolder ? "is or contains the input folder" : "contains the input",
                            input);
                }
            }
        }
    }

    private static BadInputException overwrite(Named out, String what, Named input) {
        return new BadInputException(out.shown() + " " + what + " " + input.path() + " (" + input.option()
                + "); nothing was written: give another output name");
    }

    /** The folder itself, or an existing file inside it that the run reads. */
    private static boolean isInside(Path output, Path folder, String suffix) {
        if (!Files.exists(output)) {
            return false;
        }
        Path out = real(output);
        return out.equals(folder) || out.startsWith(folder)
                && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(suffix);
    }

    static boolean same(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b); // hard links too
            } catch (IOException e) {
                // fall through to the comparison of resolved paths
            }
        }
        return real(a).equals(real(b));
    }

    /**
     * The path as the file system resolves it: its longest existing part through {@link Path#toRealPath}, the rest
     * (not created yet) appended as named.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path resolved;
        try {
            resolved = existing == null ? absolute.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            resolved = existing.normalize();
        }
        while (!missing.isEmpty()) {
            resolved = resolved.resolve(missing.pop());
        }
        return resolved.normalize();
    }
}
