package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.management.BadAttributeValueExpException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import untrusted.Payload;
import whosaid.TestModels;
import whosaid.features.FeatureSpec;
import whosaid.io.BadInputException;

class ModelFileTest {
    private static byte[] saved;

    @TempDir
    Path dir;

    @BeforeAll
    static void saveATinyModel(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), file);
        saved = Files.readAllBytes(file);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The saved model with one manifest line replaced. */
    private static byte[] withManifestLine(String key, String value) throws IOException {
        Map<String, byte[]> entries = entries(saved);
        String manifest = new String(entries.get(ModelFile.MANIFEST), StandardCharsets.UTF_8);
        String changed = manifest.replaceAll("(?m)^" + key + "=.*$", key + "=" + value);
        assertThat(changed).isNotEqualTo(manifest);
        entries.put(ModelFile.MANIFEST, changed.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** The saved model turned into one whose classifier is whatever the attacker serialized. */
    private static byte[] crafted(Object payload) throws IOException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(serialized)) {
            objects.writeObject(payload);
        }
        return craftedClassifier(serialized.toByteArray());
    }

    private static byte[] craftedClassifier(byte[] serialized) throws IOException {
        Map<String, byte[]> entries = entries(withManifestLine("scorer", "weka"));
        entries.remove(ModelFile.WEIGHTS);
        entries.remove(ModelFile.BIAS);
        entries.put(ModelFile.CLASSIFIER, serialized);
        return zip(entries);
    }

    private static String failureOf(Path file) {
        try {
            ModelFile.load(file);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " loaded");
    }

    @Test
    void savedModelLoadsWithItsLabelsAndNoTempFileIsLeft() throws IOException {
        Path file = write("ok.model", saved);
        assertThat(ModelFile.load(file).labels()).containsExactly("Lenin", "Stalin", "Trotsky", "narrator");
        ModelFile.save(ModelFile.load(file), dir.resolve("again.model"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ok.model", "again.model");
        }
        assertThat(Files.readAllBytes(dir.resolve("again.model"))).isEqualTo(saved);
    }

    @Test
    void isAZipOfPlainEntriesWithAManifest() throws IOException {
        Map<String, byte[]> entries = entries(saved);
        assertThat(entries.keySet()).containsExactly("manifest.properties", "speakers.csv", "features.npy", "idf.npy",
                "weights.npy", "bias.npy", "frame-weights.npy", "frame-bias.npy", "training-texts.npy");
        String manifest = new String(entries.get(ModelFile.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\nformat-version=" + ModelFile.FORMAT_VERSION + "\n",
                "\nfeature-spec-version=" + FeatureSpec.VERSION + "\n", "\nfeature-spec-hash=" + FeatureSpec.hash() + "\n",
                "\nlabel.0=Lenin\nlabel.1=Stalin\nlabel.2=Trotsky\nlabel.3=narrator\n", "\nscorer=linear\n");
        assertThat(new String(entries.get(ModelFile.SPEAKERS), StandardCharsets.UTF_8))
                .startsWith("label,aliases\nLenin,Ilyich|Vladimir Ilyich\n");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("none.model");
        assertThat(failureOf(file)).isEqualTo(file + ": no such model file");
    }

    @Test
    void somethingElseEntirely() throws IOException {
        Path csv = write("seed.csv", "passage,unit,text\n".getBytes(StandardCharsets.UTF_8));
        assertThat(failureOf(csv)).isEqualTo(csv + ": not a whosaid model file");
        Path empty = write("empty.model", new byte[0]);
        assertThat(failureOf(empty)).isEqualTo(empty + ": not a whosaid model file");
        Path otherZip = write("other.zip", zip(Map.of("readme.txt", new byte[] {'h', 'i'})));
        assertThat(failureOf(otherZip)).isEqualTo(otherZip + ": not a whosaid model file (no manifest.properties), or truncated");
    }

    @Test
    void truncatedAnywhere() throws IOException {
        for (int length : new int[] {10, 100, saved.length / 3, saved.length / 2, saved.length - 30, saved.length - 1}) {
            Path cut = write("cut" + length + ".model", Arrays.copyOf(saved, length));
            assertThat(failureOf(cut)).startsWith(cut + ": model file is truncated or damaged");
        }
    }

    @Test
    void damagedBody() throws IOException {
        byte[] damaged = saved.clone();
        for (int i = saved.length / 3; i < saved.length / 3 + 64; i++) {
            damaged[i] ^= 0x5A;
        }
        Path file = write("damaged.model", damaged);
        assertThat(failureOf(file)).startsWith(file + ": model file is truncated or damaged");
    }

    @Test
    void otherFormatVersionSaysToRetrain() throws IOException {
        Path file = write("future.model", withManifestLine("format-version", "99"));
        assertThat(failureOf(file)).isEqualTo(file + ": model file has format 99, this whosaid reads format "
                + ModelFile.FORMAT_VERSION + "; retrain it with this version's 'whosaid train'");
    }

    @Test
    void aSerializedModelOfEarlierVersionsSaysToRetrain() throws IOException {
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(old);
        out.write("WHOSAID-MODEL\n".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(3);
        out.write(new byte[100]);
        Path file = write("old.model", old.toByteArray());
        assertThat(failureOf(file)).isEqualTo(file + ": model file has format 3, this whosaid reads format "
                + ModelFile.FORMAT_VERSION + "; retrain it with this version's 'whosaid train'");
    }

    @Test
    void otherFeatureSpecIsRefusedInOneLineNamingBoth() throws IOException {
        Path file = write("renamed.model", withManifestLine("feature-spec-hash", "0123456789abcdef"));
        String message = failureOf(file);
        assertThat(message).isEqualTo(file + ": model has feature spec " + FeatureSpec.VERSION + " (0123456789abcdef), "
                + "this whosaid extracts feature spec " + FeatureSpec.VERSION + " (" + FeatureSpec.hash() + "); "
                + "retrain it with this version's 'whosaid train'").doesNotContain("\n");
        Path older = write("older.model", withManifestLine("feature-spec-version", "0"));
        assertThat(failureOf(older)).startsWith(older + ": model has feature spec 0 (");
    }

    @Test
    void valuesNoTrainingGivesAreDamage() throws IOException {
        for (String[] line : new String[][] {{"calibration.temperature", "-1"}, {"calibration.temperature", "NaN"},
                {"label.1", "Lenin"}}) {
            Path file = write("odd.model", withManifestLine(line[0], line[1]));
            assertThat(failureOf(file)).as(line[0] + "=" + line[1]).startsWith(file + ": model file is damaged (");
        }
        Map<String, byte[]> entries = entries(saved);
        java.io.ByteArrayOutputStream nan = new java.io.ByteArrayOutputStream();
        whosaid.io.Npy.write(nan, new double[] {Double.NaN, 0, 0, 0}, 4);
        entries.put(ModelFile.BIAS, nan.toByteArray());
        Path file = write("nan.model", zip(entries));
        assertThat(failureOf(file)).isEqualTo(file + ": model file is damaged (weights that are not finite numbers)");
    }

    @Test
    void anEntryNameThatIsNotUtf8IsDamage() throws IOException {
        byte[] renamed = saved.clone();
        String manifest = ModelFile.MANIFEST;
        // the first local header's name: the bytes right after its 30-byte fixed part
        renamed[30] = (byte) 0xFF;
        renamed[31] = (byte) 0xFE;
        assertThat(new String(saved, 30, manifest.length(), StandardCharsets.US_ASCII)).isEqualTo(manifest);
        Path file = write("name.model", renamed);
        assertThat(failureOf(file)).startsWith(file + ": model file is truncated or damaged");
    }

    @Test
    void weightsOfTheWrongShapeAreDamage() throws IOException {
        Map<String, byte[]> entries = entries(saved);
        entries.put(ModelFile.BIAS, entries.get(ModelFile.IDF));
        Path file = write("shape.model", zip(entries));
        assertThat(failureOf(file)).startsWith(file + ": model file is damaged (weights of shape");
    }

    @Test
    void aNonLinearClassifierTravelsSerializedAndLabelsAlike() throws IOException {
        WhosaidModel linear = TestModels.tiny();
        LinearScorer scorer = (LinearScorer) linear.scorer();
        assertThat(scorer.attributes()).isEqualTo(linear.space().size());
        Path file = write("j48.model", new byte[0]);
        // an unpruned tree with pure leaves: posteriors of 0 and 1, which no log-linear form gives
        WhosaidModel tree = TestModels.train(TestModels.tinyOptions().withClassifier("weka.classifiers.trees.J48 -U -M 1"));
        assertThat(tree.scorer()).isInstanceOf(WekaScorer.class);
        ModelFile.save(tree, file);
        assertThat(entries(Files.readAllBytes(file))).containsKey(ModelFile.CLASSIFIER).doesNotContainKey(ModelFile.WEIGHTS);
        WhosaidModel loaded = ModelFile.load(file);
        assertThat(loaded.scorer()).isInstanceOf(WekaScorer.class);
        double[] ones = new double[loaded.space().size()];
        Arrays.fill(ones, 1);
        var unit = loaded.space().vectorize(new whosaid.features.SparseFeatures(loaded.space().ids(), ones));
        assertThat(loaded.scorer().posteriors(unit)).containsExactly(tree.scorer().posteriors(unit));
    }

    @Test
    void anEntryThatUnpacksPastTheBoundIsRefusedBeforeItFillsMemory() throws IOException {
        byte[] zeros = zip(Map.of(ModelFile.MANIFEST, new byte[5000]));
        assertThat(zeros.length).as("deflated").isLessThan(200);
        assertThat(ModelFile.entries(zeros, "bomb.model", 5000)).containsKey(ModelFile.MANIFEST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelFile.entries(zeros, "bomb.model", 4999))
                .isInstanceOf(BadInputException.class).hasMessage("bomb.model: model file refused: its entry "
                        + "manifest.properties unpacks to more than 4999 bytes (a model needs far less)");
    }

    @Test
    void aStoredArrayWhoseHeaderLiesAboutItsSizeIsDamagedNotAnAllocation() {
        for (int change : new int[] {8, -8, 1_500_000_000}) {
            byte[] lying = withStoredSize(saved, ModelFile.BIAS, change);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelFile.fromBytes(lying, "lying.model"))
                    .as("size changed by %d", change)
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("lying.model: model file is truncated or damaged");
        }
    }

    /** The model file with the sizes in the local header of one stored entry changed by {@code change}. */
    private static byte[] withStoredSize(byte[] zip, String entry, int change) {
        byte[] out = zip.clone();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 + name.length <= out.length; i++) {
            if (b.getInt(i) == 0x04034b50 && b.getShort(i + 26) == name.length
                    && Arrays.equals(Arrays.copyOfRange(out, i + 30, i + 30 + name.length), name)) {
                assertThat(b.getShort(i + 8)).as("stored").isEqualTo((short) ZipEntry.STORED);
                b.putInt(i + 18, b.getInt(i + 18) + change);
                b.putInt(i + 22, b.getInt(i + 22) + change);
                return out;
            }
        }
        throw new AssertionError("no local header for " + entry);
    }

    @Test
    void foreignClassIsRefusedBeforeItRuns() throws IOException {
        Payload.RAN.set(false);
        Path file = write("payload.model", crafted(new Payload()));
        assertThat(failureOf(file)).isEqualTo(file + ": model file refused: it names class untrusted.Payload, "
                + "which a whosaid model is not made of");
        assertThat(Payload.RAN).isFalse();
    }

    @Test
    void urlInsideAnAllowedMapIsRefused() throws IOException {
        // the shape of the URLDNS gadget: the map's readObject would hash the URL, which resolves its host
        Map<Object, Object> map = new HashMap<>();
        map.put(new URL("http://whosaid.invalid/"), "x");
        Path file = write("urldns.model", crafted(map));
        assertThat(failureOf(file)).contains("it names class java.net.URL,");
    }

    @Test
    void managementClassIsRefused() throws IOException {
        Path file = write("jmx.model", crafted(new BadAttributeValueExpException("x")));
        assertThat(failureOf(file)).contains("it names class javax.management.BadAttributeValueExpException,");
    }

    @Test
    void allowedClassThatIsNotAClassifierIsNamed() throws IOException {
        Path file = write("string.model", crafted("hello"));
        assertThat(failureOf(file)).isEqualTo(file + ": classifier.ser holds java.lang.String, not a Weka classifier");
    }

    @Test
    void hugeArrayLengthIsRefusedWithoutAllocatingIt() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(raw)) {
            objects.writeObject(new int[] {7});
        }
        byte[] body = raw.toByteArray();
        body[body.length - 8] = 0x40; // the array's length, just before its one element: now 2^30 + 1
        Path file = write("huge.model", craftedClassifier(body));
        assertThat(failureOf(file)).isEqualTo(file + ": model file refused: it holds an array of 1073741825 elements "
                + "(a model needs at most " + ModelFile.MAX_ARRAY + ")");
    }
}
