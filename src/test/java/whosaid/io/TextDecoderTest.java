package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void malformedUtf8NamesFileByteOffsetAndLineAndSuggestsAnEncoding() {
        byte[] latin1 = concat("first line\nLenin said ".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                "t\u00E9 here.\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextDecoder.decode(latin1, StandardCharsets.UTF_8, "a.txt"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("a.txt:2: not valid UTF-8 at byte offset 22 "
                        + "(try --encoding windows-1252 or --encoding ISO-8859-1)");
    }

    @Test
    void legacyEncodingsDecodeThroughTheCharsetTheUserNames() {
        byte[] smartQuotes = concat(bytes(0x93), "Peace".getBytes(StandardCharsets.US_ASCII), bytes(0x94, 0x20, 0x96,
                0x20), "caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
        assertThat(TextDecoder.decode(smartQuotes, CP1252, "q.txt")).isEqualTo("\u201CPeace\u201D \u2013 caf\u00E9");
        assertThat(TextDecoder.decode(bytes(0xE9, 0xE8), StandardCharsets.ISO_8859_1, "l.txt")).isEqualTo("\u00E9\u00E8");
    }

    @Test
    void byteUndefinedInTheChosenEncodingIsAnErrorNotAReplacementCharacter() {
        // 0x81 has no character in windows-1252
        assertThatThrownBy(() -> TextDecoder.decode(bytes('a', 0x81), CP1252, "u.txt"))
                .hasMessage("u.txt:1: not valid windows-1252 at byte offset 1 "
                        + "(try --encoding ISO-8859-1, which accepts every byte)");
    }

    @Test
    void truncatedMultiByteSequenceAtTheEndIsReported() {
        byte[] cut = concat("ok \u20AC".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82));
        assertThatThrownBy(() -> TextDecoder.decode(cut, StandardCharsets.UTF_8, "cut.txt"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cut.txt:1: not valid UTF-8 at byte offset 6");
    }

    @Test
    void nulByteMeansBinaryFile() {
        assertThatThrownBy(() -> TextDecoder.decode(bytes('P', 'K', 3, 4, 0, 0), StandardCharsets.UTF_8, "x.docx"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("x.docx: binary file (NUL byte at offset 4), not text");
    }

    @Test
    void utf16WithByteOrderMarkIsRecognisedAndTheOptionNamed() {
        byte[] utf16 = concat(bytes(0xFF, 0xFE), "Hi".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> TextDecoder.decode(utf16, StandardCharsets.UTF_8, "w.txt"))
                .hasMessage("w.txt: UTF-16 text (it starts with a UTF-16 byte order mark); try --encoding UTF-16");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedAsBinary() {
        assertThatThrownBy(() -> TextDecoder.decode("Hi".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_8,
                "w.txt")).hasMessage("w.txt: binary file (NUL byte at offset 0), not text");
    }

    @Test
    void dataFilesAreReadAsUtf8AndSaySo() {
        assertThatThrownBy(() -> TextDecoder.decodeUtf8(bytes('a', 0xE9), "d.csv"))
                .hasMessage("d.csv:1: not valid UTF-8 at byte offset 1 (whosaid reads data files as UTF-8: "
                        + "save it as UTF-8, in Excel as 'CSV UTF-8')");
    }

    @Test
    void utf16DecodesWhenNamedAndItsByteOrderMarkIsDropped() {
        byte[] utf16 = concat(bytes(0xFF, 0xFE), "He said \u201CNo.\u201D".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(utf16, StandardCharsets.UTF_16, "w.txt")).isEqualTo("He said \u201CNo.\u201D");
        assertThat(TextDecoder.decode(utf16, StandardCharsets.UTF_16LE, "w.txt")).isEqualTo("He said \u201CNo.\u201D");
    }

    @Test
    void nulCharacterInUtf16IsStillBinary() {
        byte[] utf16 = "ab\0c".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextDecoder.decode(utf16, StandardCharsets.UTF_16LE, "n.txt"))
                .hasMessage("n.txt: binary file (NUL at character 2), not text");
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertThat(TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), "Hi".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, "b.txt")).isEqualTo("Hi");
    }

    @Test
    void emptyFileIsEmptyText() {
        assertThat(TextDecoder.decode(new byte[0], StandardCharsets.UTF_8, "e.txt")).isEmpty();
        assertThat(TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8, "e.txt")).isEmpty();
    }

    @Test
    void textOutsideTheBasicPlaneAndCrlfSurviveUnchanged() {
        String text = "A \uD83D\uDE00 b\r\nc\u00A0d\u0301\f";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "s.txt"))
                .isEqualTo(text);
    }
}
