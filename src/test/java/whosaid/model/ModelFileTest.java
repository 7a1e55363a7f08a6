package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.management.BadAttributeValueExpException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import untrusted.Payload;
import whosaid.TestModels;
import whosaid.io.BadInputException;

class ModelFileTest {
    private static final byte[] MAGIC = "WHOSAID-MODEL\n".getBytes(StandardCharsets.US_ASCII);
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

    /** A file with the right magic and version around whatever object the attacker chose. */
    private static byte[] crafted(Object payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.write(MAGIC);
        header.writeInt(ModelFile.FORMAT_VERSION);
        try (ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(header))) {
            objects.writeObject(payload);
        }
        return bytes.toByteArray();
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
    }

    @Test
    void truncatedAtEveryStage() throws IOException {
        Path inVersion = write("a.model", Arrays.copyOf(saved, MAGIC.length + 2));
        assertThat(failureOf(inVersion)).isEqualTo(inVersion + ": model file is truncated");
        Path atBody = write("b.model", Arrays.copyOf(saved, MAGIC.length + 4));
        assertThat(failureOf(atBody)).isEqualTo(atBody + ": model file is truncated or damaged");
        for (int length : new int[] {MAGIC.length + 10, saved.length / 2, saved.length - 1}) {
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
        assertThat(failureOf(file)).startsWith(file + ": model file ");
    }

    @Test
    void otherFormatVersionSaysToRetrain() throws IOException {
        byte[] future = saved.clone();
        future[MAGIC.length + 3] = (byte) (ModelFile.FORMAT_VERSION + 1);
        Path file = write("future.model", future);
        assertThat(failureOf(file)).isEqualTo(file + ": model file has format " + (ModelFile.FORMAT_VERSION + 1)
                + ", this whosaid reads format " + ModelFile.FORMAT_VERSION
                + "; retrain it with this version's 'whosaid train'");
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
    void allowedClassThatIsNotAModelIsNamed() throws IOException {
        Path file = write("string.model", crafted("hello"));
        assertThat(failureOf(file)).isEqualTo(file + ": model file holds java.lang.String, not a whosaid model");
    }

    @Test
    void hugeArrayLengthIsRefusedWithoutAllocatingIt() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(raw)) {
            objects.writeObject(new int[] {7});
        }
        byte[] body = raw.toByteArray();
        body[body.length - 8] = 0x40; // the array's length, just before its one element: now 2^30 + 1
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(forged);
        header.write(MAGIC);
        header.writeInt(ModelFile.FORMAT_VERSION);
        try (GZIPOutputStream gzip = new GZIPOutputStream(header)) {
            gzip.write(body);
        }
        Path file = write("huge.model", forged.toByteArray());
        assertThat(failureOf(file)).isEqualTo(file + ": model file refused: it holds an array of 1073741825 elements "
                + "(a model needs at most " + ModelFile.MAX_ARRAY + ")");
    }
}
