package whosaid.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import whosaid.io.BadInputException;

/**
 * The passage files the job's inputs name, listed once on the driver: a file, a directory (its {@code .txt} files,
 * recursively, sorted, as {@code whosaid label} reads a directory) or a glob, on any Hadoop file system. Listing
 * here rather than with Spark's whole-file readers lets the job choose its partitions: those readers pack small
 * files into as few splits as their size allows, which leaves cores idle when labeling, not reading, is the cost.
 */
final class PassageFiles {
    static final String SUFFIX = ".txt";

    private PassageFiles() {
    }

    /** Fully qualified paths, input after input, in the order their rows are written. */
    static List<String> expand(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new BadInputException(input + ": no such file or directory");
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        List<String> found = new ArrayList<>();
                        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                        while (walk.hasNext()) {
                            Path file = walk.next().getPath();
                            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX)) { // any case, as whosaid label
                                found.add(file.toString());
                            }
                        }
                        if (found.isEmpty()) {
                            throw new BadInputException(input + ": directory holds no " + SUFFIX + " files");
                        }
                        found.sort(null);
                        files.addAll(found);
                    } else {
                        files.add(match.getPath().toString());
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(input + ": cannot list: " + e.getMessage(), e);
            }
        }
        return files;
    }

    /**
     * The {@code passage} column of a file: its path as Hadoop names it, except that a local file is named by its
     * plain path, so that the rows equal those of {@code whosaid label} given the same path.
     */
    static String passageName(String qualified) {
        URI uri = new Path(qualified).toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : qualified;
    }
}
