package whosaid.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file strictly: malformed input is an error naming the byte offset and line, never
 * replaced silently; a byte order mark is dropped; a NUL byte means the file is not text.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes, Charset charset, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(name + ": binary file (NUL byte at offset " + i + "), not text");
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
                    + offset + " (try --encoding windows-1252 or --encoding ISO-8859-1)");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadInputException(name + ": not valid " + charset.name() + " at its end");
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
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
