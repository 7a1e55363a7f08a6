package whosaid.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import whosaid.io.AtomicFile;
import whosaid.io.BadInputException;

/**
 * Reads and writes model files: a magic line, a format version, then the gzipped serialized model.
 *
 * <p>Java serialization can run code named by the file, so loading accepts only the classes a whosaid model is
 * made of (whosaid, Weka, LIBLINEAR and core JDK data classes): a crafted file naming anything else is refused
 * before that class is touched. Even so, a model file should be trusted like code.
 */
public final class ModelFile {
    /** Bumped whenever the serialized form of {@link WhosaidModel} changes incompatibly. */
    public static final int FORMAT_VERSION = 3;
    private static final byte[] MAGIC = "WHOSAID-MODEL\n".getBytes(StandardCharsets.US_ASCII);
    /** Bounds that keep a crafted file from making whosaid allocate or recurse without end. */
    static final int MAX_DEPTH = 200;
    static final int MAX_ARRAY = 50_000_000;
    private static final String LIMITS = "maxdepth=" + MAX_DEPTH + ";maxarray=" + MAX_ARRAY;
    static final String ALLOWED_CLASSES = "whosaid.**;weka.**;de.bwaldvogel.liblinear.*;"
            + "java.lang.String;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Double;"
            + "java.lang.Float;java.lang.Boolean;java.lang.Enum;java.lang.Record;java.lang.Object;"
            + "java.util.ArrayList;java.util.HashMap;java.util.LinkedHashMap;java.util.Hashtable;"
            + "java.util.TreeMap;java.util.HashSet;java.util.LinkedHashSet;java.util.Vector;java.util.Random;"
            + "java.util.ImmutableCollections$*;java.util.CollSer;java.util.Collections$*;"
            + "java.util.concurrent.atomic.AtomicLong;java.util.BitSet;java.util.Map$Entry;"
            + "!*";

    private ModelFile() {
    }

    /** The allow-list and limits, remembering what they refused first so that the error can name it. */
    private static final class AllowList implements ObjectInputFilter {
        private final ObjectInputFilter limits = ObjectInputFilter.Config.createFilter(LIMITS);
        private final ObjectInputFilter classes = ObjectInputFilter.Config.createFilter(ALLOWED_CLASSES);
        private String refused;

        @Override
        public Status checkInput(FilterInfo info) {
            Status status = classes.checkInput(info);
            if (status == Status.REJECTED) {
                refuse("it names class " + info.serialClass().getName() + ", which a whosaid model is not made of");
                return status;
            }
            if (limits.checkInput(info) == Status.REJECTED) {
                refuse(info.arrayLength() > MAX_ARRAY
                        ? "it holds an array of " + info.arrayLength() + " elements (a model needs at most " + MAX_ARRAY + ")"
                        : "it nests objects " + info.depth() + " deep (a model needs at most " + MAX_DEPTH + ")");
                return Status.REJECTED;
            }
            return status;
        }

        private void refuse(String why) {
            if (refused == null) {
                refused = why;
            }
        }
    }

    public static void save(WhosaidModel model, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            DataOutputStream header = new DataOutputStream(out);
            header.write(MAGIC);
            header.writeInt(FORMAT_VERSION);
            header.flush();
            GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16));
            ObjectOutputStream objects = new ObjectOutputStream(gzip);
            objects.writeObject(model);
            objects.flush();
            gzip.finish();
            gzip.flush();
        });
    }

    public static WhosaidModel load(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such model file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read model file: " + e.getMessage(), e);
        }
    }

    static WhosaidModel read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new BadInputException(name + ": not a whosaid model file");
        }
        int version;
        try {
            version = data.readInt();
        } catch (EOFException e) {
            throw new BadInputException(name + ": model file is truncated");
        }
        if (version != FORMAT_VERSION) {
            throw new BadInputException(name + ": model file has format " + version + ", this whosaid reads format "
                    + FORMAT_VERSION + "; retrain it with this version's 'whosaid train'");
        }
        AllowList allowList = new AllowList();
        Object read;
        try (GZIPInputStream gzip = new GZIPInputStream(data, 1 << 16)) {
            // buffered: ObjectInputStream reads a few bytes at a time, and each read of the inflater is a native call
            ObjectInputStream objects = new ObjectInputStream(new BufferedInputStream(gzip, 1 << 16));
            objects.setObjectInputFilter(allowList);
            read = objects.readObject();
            // reading on to the end checks the gzip trailer, so that a file cut short by a byte is not accepted
            gzip.transferTo(OutputStream.nullOutputStream());
        } catch (InvalidClassException e) {
            throw new BadInputException(name + ": model file refused: "
                    + (allowList.refused == null ? e.getMessage() : allowList.refused), e);
        } catch (ClassNotFoundException e) {
            throw new BadInputException(name + ": model file needs class " + e.getMessage()
                    + ", which this whosaid does not have", e);
        } catch (IOException | RuntimeException e) {
            // whatever a damaged stream makes the deserialized classes throw is the file's fault, not whosaid's
            throw new BadInputException(name + ": model file is truncated or damaged"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
        if (!(read instanceof WhosaidModel model)) {
            throw new BadInputException(name + ": model file holds "
                    + (read == null ? "nothing" : read.getClass().getName()) + ", not a whosaid model");
        }
        return model;
    }
}
