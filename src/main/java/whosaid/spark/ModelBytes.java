package whosaid.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import whosaid.io.BadInputException;
import whosaid.model.ModelFile;
import whosaid.model.WhosaidModel;

/**
 * A model file's bytes as read once by the driver and broadcast to the executors: bytes rather than the model,
 * because the model is not made to be serialized by Spark, and the bytes go through the CLI's safe loader.
 *
 * @param name the path the user gave, for messages and the report
 * @param sha256 the bytes' hash, which tells an executor whether the model it holds is this one
 */
public record ModelBytes(String name, String sha256, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads a model file from any Hadoop file system (local, HDFS, S3 ...). */
    public static ModelBytes read(String path, Configuration conf) {
        try {
            Path file = new Path(path);
            FileSystem fs = file.getFileSystem(conf);
            byte[] bytes;
            try (InputStream in = fs.open(file)) {
                bytes = in.readAllBytes();
            }
            return new ModelBytes(path, sha256(bytes), bytes);
        } catch (FileNotFoundException e) {
            throw new BadInputException(path + ": no such model file");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read model file: " + e.getMessage(), e);
        }
    }

    /** Loads the model through the same checks as the CLI's loader. */
    public WhosaidModel load() {
        return ModelFile.fromBytes(bytes, name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
