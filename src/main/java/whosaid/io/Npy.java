package whosaid.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (version 1.0, little-endian, C order) for the arrays of a model file, so that
 * {@code numpy.load} reads them as they are: {@code <f8} doubles, {@code <i4} ints, {@code <i8} longs.
 *
 * @see <a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">the format</a>
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '([<>|]\\w+)', 'fortran_order': (True|False), 'shape': \\(([0-9, ]*)\\), }\\s*");

    private Npy() {
    }

    /** An array read back: its shape and its values, flat in C order. */
    public record Array<T>(int[] shape, T values) {
    }

    public static void write(OutputStream out, double[] values, int... shape) throws IOException {
        ByteBuffer data = body(values.length, 8, shape);
        data.asDoubleBuffer().put(values);
        write(out, "<f8", shape, data);
    }

    public static void write(OutputStream out, int[] values) throws IOException {
        ByteBuffer data = body(values.length, 4, values.length);
        data.asIntBuffer().put(values);
        write(out, "<i4", new int[] {values.length}, data);
    }

    public static void write(OutputStream out, long[] values) throws IOException {
        ByteBuffer data = body(values.length, 8, values.length);
        data.asLongBuffer().put(values);
        write(out, "<i8", new int[] {values.length}, data);
    }

    public static Array<double[]> readDoubles(byte[] file, String name) {
        Parsed p = parse(file, name, "<f8", 8);
        double[] values = new double[p.count];
        p.data.asDoubleBuffer().get(values);
        return new Array<>(p.shape, values);
    }

    public static Array<int[]> readInts(byte[] file, String name) {
        Parsed p = parse(file, name, "<i4", 4);
        int[] values = new int[p.count];
        p.data.asIntBuffer().get(values);
        return new Array<>(p.shape, values);
    }

    public static Array<long[]> readLongs(byte[] file, String name) {
        Parsed p = parse(file, name, "<i8", 8);
        long[] values = new long[p.count];
        p.data.asLongBuffer().get(values);
        return new Array<>(p.shape, values);
    }

    private static ByteBuffer body(int length, int width, int... shape) {
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        if (count != length) {
            throw new IllegalArgumentException(length + " values do not fill shape " + Arrays.toString(shape));
        }
        return ByteBuffer.allocate(length * width).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(OutputStream out, String descr, int[] shape, ByteBuffer data) throws IOException {
        String tuple = shape.length == 1 ? shape[0] + "," : String.join(", ",
                Arrays.stream(shape).mapToObj(Integer::toString).toList());
        StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
                + tuple + "), }");
        // the header is padded with spaces and a newline so that the data starts on a 64-byte boundary
        int total = MAGIC.length + 2 + header.length() + 1;
        header.append(" ".repeat((64 - total % 64) % 64)).append('\n');
        out.write(MAGIC);
        int length = header.length();
        out.write(length & 0xff);
        out.write(length >>> 8);
        out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(data.array());
    }

    private record Parsed(int[] shape, int count, ByteBuffer data) {
    }

    private static Parsed parse(byte[] file, String name, String descr, int width) {
        if (file.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(file, 6), Arrays.copyOf(MAGIC, 6))) {
            throw new BadInputException(name + ": not a NumPy array");
        }
        int length = (file[8] & 0xff) | (file[9] & 0xff) << 8;
        if (file[6] != 1 || MAGIC.length + 2 + length > file.length) {
            throw new BadInputException(name + ": not a NumPy 1.0 array, or truncated");
        }
        String header = new String(file, MAGIC.length + 2, length, StandardCharsets.US_ASCII);
        Matcher m = HEADER.matcher(header);
        if (!m.matches() || !m.group(1).equals(descr) || m.group(2).equals("True")) {
            throw new BadInputException(name + ": expected a C-order array of " + descr + ", found " + header.strip());
        }
        int[] shape = Arrays.stream(m.group(3).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        int start = MAGIC.length + 2 + length;
        if (file.length - start != count * width) {
            throw new BadInputException(name + ": holds " + (file.length - start) + " bytes of data, its shape "
                    + Arrays.toString(shape) + " needs " + count * width);
        }
        return new Parsed(shape, (int) count,
                ByteBuffer.wrap(file, start, file.length - start).slice().order(ByteOrder.LITTLE_ENDIAN));
    }
}
