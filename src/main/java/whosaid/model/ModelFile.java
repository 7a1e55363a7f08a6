package whosaid.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import weka.classifiers.Classifier;
import whosaid.features.FeatureSpec;
import whosaid.io.AtomicFile;
import whosaid.io.BadInputException;
import whosaid.io.Npy;
import whosaid.io.SpeakersCsv;

/**
 * Reads and writes model files: a zip, as OpenNLP's models are, of plain entries that other tools can read.
 *
 * <ul>
 *   <li>{@code manifest.properties}: format and feature-spec versions, labels, families, decoding parameters,
 *       training options, data hashes and scores;</li>
 *   <li>{@code speakers.csv}: the voices' names, as {@code --speakers} takes them;</li>
 *   <li>{@code features.npy} ({@code int32}, one per attribute) and {@code idf.npy}: the dictionary;</li>
 *   <li>{@code weights.npy} ({@code float64}, attributes × labels) and {@code bias.npy}: the log-linear
 *       classifier, when it is one; otherwise {@code classifier.ser}, the Weka classifier serialized;</li>
 *   <li>{@code frame-weights.npy} ({@code float64}, attributes × frame classes) and {@code frame-bias.npy}: the
 *       document-level classifier of frame decoding, when the model has one;</li>
 *   <li>{@code training-texts.npy} ({@code int64}): fingerprints of the training units' texts.</li>
 * </ul>
 *
 * <p>Java serialization can run code named by the file, so {@code classifier.ser} is read accepting only the
 * classes a Weka classifier is made of: a crafted file naming anything else is refused before that class is
 * touched. Even so, a model file with a {@code classifier.ser} should be trusted like code.
 */
public final class ModelFile {
    /** Raised whenever the entries or their meaning change incompatibly. */
    public static final int FORMAT_VERSION = 5;
    /** What format 3 and earlier began with: a serialized model behind a magic line. */
    private static final byte[] OLD_MAGIC = "WHOSAID-MODEL\n".getBytes(StandardCharsets.US_ASCII);
    /** Length of the record that ends a zip without comment; a file cut short loses it first. */
    private static final int END_RECORD = 22;
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** Bounds that keep a crafted file from making whosaid allocate or recurse without end. */
    static final int MAX_DEPTH = 200;
    static final int MAX_ARRAY = 50_000_000;
    /** The most an entry may unpack to: 50 million doubles. */
    static final int MAX_ENTRY = 400_000_000;
    private static final String LIMITS = "maxdepth=" + MAX_DEPTH + ";maxarray=" + MAX_ARRAY;
    static final String ALLOWED_CLASSES = "weka.**;de.bwaldvogel.liblinear.*;"
            + "java.lang.String;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Double;"
            + "java.lang.Float;java.lang.Boolean;java.lang.Enum;java.lang.Record;java.lang.Object;"
            + "java.util.ArrayList;java.util.HashMap;java.util.LinkedHashMap;java.util.Hashtable;"
            + "java.util.TreeMap;java.util.HashSet;java.util.LinkedHashSet;java.util.Vector;java.util.Random;"
            + "java.util.ImmutableCollections$*;java.util.CollSer;java.util.Collections$*;"
            + "java.util.concurrent.atomic.AtomicLong;java.util.BitSet;java.util.Map$Entry;"
            + "!*";

    static final String MANIFEST = "manifest.properties";
    static final String SPEAKERS = "speakers.csv";
    static final String FEATURES = "features.npy";
    static final String IDF = "idf.npy";
    static final String WEIGHTS = "weights.npy";
    static final String BIAS = "bias.npy";
    static final String CLASSIFIER = "classifier.ser";
    static final String TEXTS = "training-texts.npy";
    static final String FRAME_WEIGHTS = "frame-weights.npy";
    static final String FRAME_BIAS = "frame-bias.npy";

    private ModelFile() {
    }

    public static void save(WhosaidModel model, Path file) throws IOException {
        AtomicFile.write(file, out -> write(model, out));
    }

    public static WhosaidModel load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such model file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read model file: " + e.getMessage(), e);
        }
        return fromBytes(bytes, file.toString());
    }

    /** A model from the bytes of a model file (read elsewhere, e.g. broadcast to a cluster); {@code name} is for errors. */
    public static WhosaidModel fromBytes(byte[] bytes, String name) {
        // the feature spec is found by featurizing a sample, which also loads the classes labeling needs: on a
        // core of its own while the arrays are read
        java.util.concurrent.CompletableFuture<String> spec =
                java.util.concurrent.CompletableFuture.supplyAsync(FeatureSpec::hash);
        Map<String, byte[]> entries = entries(bytes, name, MAX_ENTRY);
        Properties manifest = manifest(entries, name);
        String format = manifest.getProperty("format-version", "?");
        if (!format.equals(Integer.toString(FORMAT_VERSION))) {
            throw formatRefused(name, format);
        }
        String specVersion = manifest.getProperty("feature-spec-version", "?");
        String specHash = manifest.getProperty("feature-spec-hash", "?");
        if (!specVersion.equals(Integer.toString(FeatureSpec.VERSION)) || !specHash.equals(specHash(spec))) {
            throw new BadInputException(name + ": model has feature spec " + specVersion + " (" + specHash
                    + "), this whosaid extracts feature spec " + FeatureSpec.VERSION + " (" + FeatureSpec.hash()
                    + "); retrain it with this version's 'whosaid train'");
        }
        try {
            return ModelManifest.model(manifest, entries, name);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadInputException(name + ": model file is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** The feature spec computed beside the reading, its own failure rethrown as it was. */
    private static String specHash(java.util.concurrent.CompletableFuture<String> spec) {
        try {
            return spec.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    static void write(WhosaidModel model, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, MANIFEST, ModelManifest.of(model).getBytes(StandardCharsets.UTF_8));
        put(zip, SPEAKERS, SpeakersCsv.format(model.speakers()).getBytes(StandardCharsets.UTF_8));
        put(zip, FEATURES, npy(o -> Npy.write(o, model.space().ids())));
        put(zip, IDF, npy(o -> Npy.write(o, model.space().idf(), model.space().size())));
        if (model.scorer() instanceof LinearScorer linear) {
            put(zip, WEIGHTS, npy(o -> Npy.write(o, linear.weights(), linear.attributes(), linear.labels())));
            put(zip, BIAS, npy(o -> Npy.write(o, linear.bias(), linear.labels())));
        } else if (model.scorer() instanceof WekaScorer weka) {
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(serialized)) {
                objects.writeObject(weka.classifier());
            }
            put(zip, CLASSIFIER, serialized.toByteArray());
        }
        if (model.frame() != null) {
            FrameClassifier frame = model.frame().classifier();
            put(zip, FRAME_WEIGHTS, npy(o -> Npy.write(o, frame.weights(), frame.attributes(), frame.classes().size())));
            put(zip, FRAME_BIAS, npy(o -> Npy.write(o, frame.bias(), frame.classes().size())));
        }
        put(zip, TEXTS, npy(o -> Npy.write(o, model.metadata().texts().hashes())));
        zip.finish();
    }

    private interface ArrayWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] npy(ArrayWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(bytes);
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(EPOCH); // no date: the same data and seed give the same bytes
        if (name.endsWith(".npy")) {
            // weights hardly compress (by a fifth), and unpacking them was a third of the time to load a model
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Every entry of the zip, each unpacked whole if it is at most {@code maxEntry} bytes. */
    static Map<String, byte[]> entries(byte[] bytes, String name, int maxEntry) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            if (bytes.length >= OLD_MAGIC.length + 4 && Arrays.equals(Arrays.copyOf(bytes, OLD_MAGIC.length), OLD_MAGIC)) {
                throw formatRefused(name, Integer.toString(ByteBuffer.wrap(bytes, OLD_MAGIC.length, 4).getInt()));
            }
            throw new BadInputException(name + ": not a whosaid model file");
        }
        int end = bytes.length - END_RECORD;
        if (end < 0 || bytes[end] != 'P' || bytes[end + 1] != 'K' || bytes[end + 2] != 5 || bytes[end + 3] != 6) {
            throw new BadInputException(name + ": model file is truncated or damaged (no end of zip directory)");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                // reading to the end checks the entry's CRC; the bound keeps a crafted entry from filling memory
                byte[] content = e.getMethod() == ZipEntry.STORED && e.getSize() >= 0 && e.getSize() <= bytes.length
                        ? stored(zip, (int) e.getSize(), name, e.getName())
                        : zip.readNBytes(maxEntry + 1);
                if (content.length > maxEntry) {
                    throw new BadInputException(name + ": model file refused: its entry " + e.getName()
                            + " unpacks to more than " + maxEntry + " bytes (a model needs far less)");
                }
                entries.put(e.getName(), content);
            }
        } catch (IOException | IllegalArgumentException e) { // the latter: an entry name that is not UTF-8
            throw new BadInputException(name + ": model file is truncated or damaged"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
        return entries;
    }

    /**
     * A stored entry (every array), read straight into an array of the size its header states. That size is at
     * most the file's own, so a header cannot make the reader allocate more than the file holds; the stream checks
     * the bytes against the size and the CRC.
     */
    private static byte[] stored(ZipInputStream zip, int size, String name, String entry) throws IOException {
        byte[] content = new byte[size];
        if (zip.readNBytes(content, 0, size) != size || zip.read() != -1) {
            throw new BadInputException(name + ": model file is truncated or damaged (entry " + entry
                    + " is not the size its header says)");
        }
        return content;
    }

    private static Properties manifest(Map<String, byte[]> entries, String name) {
        byte[] manifest = entries.get(MANIFEST);
        if (manifest == null) {
            throw new BadInputException(name + ": not a whosaid model file (no " + MANIFEST + "), or truncated");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(manifest, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(name + ": " + MANIFEST + " is damaged (" + e.getMessage() + ")", e);
        }
        return properties;
    }

    private static BadInputException formatRefused(String name, String format) {
        return new BadInputException(name + ": model file has format " + format + ", this whosaid reads format "
                + FORMAT_VERSION + "; retrain it with this version's 'whosaid train'");
    }

    /** An entry the model cannot do without. */
    static byte[] required(Map<String, byte[]> entries, String entry, String name) {
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new BadInputException(name + ": model file is truncated or damaged (no " + entry + ")");
        }
        return bytes;
    }

    /** The Weka classifier of a model that is not log-linear, read behind the allow-list. */
    static Classifier classifier(byte[] serialized, String name) {
        AllowList allowList = new AllowList();
        Object read;
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            objects.setObjectInputFilter(allowList);
            read = objects.readObject();
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
        if (!(read instanceof Classifier classifier)) {
            throw new BadInputException(name + ": " + CLASSIFIER + " holds "
                    + (read == null ? "nothing" : read.getClass().getName()) + ", not a Weka classifier");
        }
        return classifier;
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
}
