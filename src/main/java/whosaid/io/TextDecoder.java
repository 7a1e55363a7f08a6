package whosaid.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes the bytes of a text file strictly: malformed input is an error naming the byte offset and line, never
 * replaced silently; a byte order mark is dropped; a NUL byte means the file is not text.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decodes text to label, whose encoding the user can name with {@code --encoding}. */
    public static String decode(byte[] bytes, Charset charset, String name) {
        return decode(bytes, charset, name, charset.equals(StandardCharsets.UTF_8)
                ? "try --encoding windows-1252 or --encoding ISO-8859-1"
                : "try --encoding ISO-8859-1, which accepts every byte");
    }

    /** Decodes a data file (labeled CSV, speakers, training text), which whosaid reads only as UTF-8. */
    /** Reads and decodes a UTF-8 data file; a file that cannot be read is bad input naming it. */
    public static String readUtf8(Path file) {
        try {
            return decodeUtf8(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static String decodeUtf8(byte[] bytes, String name) {
        return decode(bytes, StandardCharsets.UTF_8, name, "whosaid reads data files as UTF-8: save it as UTF-8, "
                + "in Excel as 'CSV UTF-8'");
    }

    private static String decode(byte[] bytes, Charset charset, String name, String hint) {
        // In ASCII-based encodings a zero byte can only be NUL, and a binary file is better named as such than
        // reported as malformed text; UTF-16 and UTF-32 are full of zero bytes, so there the decoded text is checked.
        boolean zeroByteIsNul = Arrays.equals("\0".getBytes(charset), new byte[] {0});
        if (zeroByteIsNul) {
            if (startsWithUtf16ByteOrderMark(bytes)) {
                throw new BadInputException(name + ": UTF-16 text (it starts with a UTF-16 byte order mark); "
                        + "try --encoding UTF-16");
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new BadInputException(name + ": binary file (NUL byte at offset " + i + "), not text");
                }
            }
        }
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw BadInputException.at(name, lineOf(bytes, offset), "not valid " + charset.name() + " at byte offset "
                    + offset + " (" + hint + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadInputException(name + ": not valid " + charset.name() + " at its end");
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new BadInputException(name + ": binary file (NUL at character " + nul + "), not text");
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static boolean startsWithUtf16ByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
