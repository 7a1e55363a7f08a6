package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledCsvTest {
    private static final Set<String> LABELS = Set.of("Lenin", "Stalin", "Trotsky", "narrator");
    private static final String HEADER = "passage,unit,start,end,label,certain,text\n";

    @TempDir
    Path dir;

    private static List<GoldRow> parse(String csv) {
        return LabeledCsv.parse(new StringReader(csv), "g.csv", LABELS);
    }

    private static String errorOf(String csv) {
        try {
            parse(csv);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + csv);
    }

    @Test
    void readsRowsWithTheLineEachStartsOn() {
        List<GoldRow> rows = parse(HEADER + "p.txt,0,0,5,Lenin,true,Hello\n"
                + "p.txt,1,6,17,narrator,false,\"two\nlines\"\n"
                + "p.txt,2,18,23,Stalin,,Third\n");
        assertThat(rows).extracting(GoldRow::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(1).text()).isEqualTo("two\nlines");
        assertThat(rows).extracting(GoldRow::certain).containsExactly(true, false, true);
    }

    @Test
    void errorAfterARowWithQuotedLineBreaksNamesTheRightLine() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,\"a\r\nb\r\nc\"\r\np.txt,1,6,9,Lenn,true,x\r\n"))
                .isEqualTo("g.csv:5: unknown label 'Lenn' (known: Lenin, Stalin, Trotsky, narrator)");
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,ok\np.txt,1,6,9,Lenn,true,\"a\nb\"\n"))
                .startsWith("g.csv:3: unknown label 'Lenn'");
    }

    @Test
    void missingColumns() {
        assertThat(errorOf("passage,unit,label\np.txt,0,Lenin\n"))
                .isEqualTo("g.csv:1: missing column 'text' (header: passage,unit,label)");
        assertThat(errorOf("passage,unit,text\np.txt,0,Hi\n"))
                .isEqualTo("g.csv:1: missing column 'label' (or 'gold')");
    }

    @Test
    void emptyFileHasNoHeader() {
        assertThat(errorOf("")).isEqualTo("g.csv:1: empty file: the first line must be the header "
                + "(passage,unit,start,end,label,certain,text)");
    }

    @Test
    void raggedRows() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,Hello\np.txt,1,6,9,Lenin\n"))
                .isEqualTo("g.csv:3: row has 5 fields, header has 7");
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,Hello, world\n"))
                .isEqualTo("g.csv:2: row has 8 fields, header has 7");
    }

    @Test
    void blankLinesAreSkipped() {
        assertThat(parse(HEADER + "\np.txt,0,0,5,Lenin,true,Hello\n\n")).hasSize(1);
    }

    @Test
    void emptyOrUnknownLabels() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5, ,true,Hello\n")).isEqualTo("g.csv:2: empty label");
        assertThat(errorOf(HEADER + "p.txt,0,0,5,lenin,true,Hello\n"))
                .isEqualTo("g.csv:2: unknown label 'lenin' (known: Lenin, Stalin, Trotsky, narrator)");
    }

    @Test
    void duplicatedUnit() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,Hello\np.txt,0,6,9,Lenin,true,Bye\n"))
                .isEqualTo("g.csv:3: unit 0 of passage 'p.txt' appears twice");
    }

    @Test
    void badNumbersAndOffsets() {
        assertThat(errorOf(HEADER + "p.txt,one,0,5,Lenin,true,Hello\n"))
                .isEqualTo("g.csv:2: 'unit' is not a whole number: 'one'");
        assertThat(errorOf(HEADER + "p.txt,0,-3,5,Lenin,true,Hello\n")).isEqualTo("g.csv:2: negative 'start': -3");
        assertThat(errorOf(HEADER + "p.txt,0,9,5,Lenin,true,Hello\n")).isEqualTo("g.csv:2: bad offsets start=9 end=5");
        assertThat(errorOf(HEADER + "p.txt,0,9,,Lenin,true,Hello\n")).isEqualTo("g.csv:2: bad offsets start=9 end=-1");
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,maybe,Hello\n"))
                .isEqualTo("g.csv:2: 'certain' must be true or false, not 'maybe'");
    }

    @Test
    void unterminatedQuoteIsReportedWithItsFile() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,ok\np.txt,1,6,9,Lenin,true,\"Hello\n\nmore\n"))
                .isEqualTo("g.csv:3: a quoted field opened on this line is never closed");
    }

    @Test
    void aStrayQuotationMarkInsideAQuotedFieldNamesItsLine() {
        assertThat(errorOf(HEADER + "p.txt,0,0,5,Lenin,true,ok\np.txt,1,6,9,Lenin,true,\"two\nlines\"\n"
                + "p.txt,2,10,20,Lenin,true,\"He said \"no\" twice\"\n"))
                .isEqualTo("g.csv:5: text after the closing quotation mark of a quoted field (a quotation mark "
                        + "inside a quoted field is written twice: \"\")");
    }

    @Test
    void duplicatedColumnNameIsBadInputNotACrash() {
        assertThat(errorOf("passage,unit,label,text,text\np.txt,0,Lenin,a,b\n"))
                .isEqualTo("g.csv:1: column 'text' appears twice in the header");
    }

    @Test
    void trailingEmptyColumnsFromASpreadsheetAreHarmless() {
        assertThat(parse("passage,unit,label,text,,\np.txt,0,Lenin,Hello,,\n")).hasSize(1);
    }

    @Test
    void goldColumnRowsLeftEmptyAreNotYetAnnotated() {
        List<GoldRow> rows = parse("passage,unit,label,gold,text\np.txt,0,Lenin,,Hi\np.txt,1,Lenin,Stalin,Yo\n");
        assertThat(rows).extracting(GoldRow::label).containsExactly("Stalin");
    }

    @Test
    void byteOrderMarkAndCrlfFromExcelAreRead() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, ("\uFEFF" + HEADER + "p.txt,0,0,5,Lenin,true,Hello\r\n").replace("\n", "\r\n")
                .replace("\r\r\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        List<GoldRow> rows = LabeledCsv.read(file, LABELS);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.passage()).isEqualTo("p.txt");
            assertThat(r.text()).isEqualTo("Hello");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void legacyEncodedCsvNamesFileLineAndOffset() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "p.txt,0,0,4,Lenin,true,caf\u00E9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> LabeledCsv.read(file, LABELS)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ":2: not valid UTF-8 at byte offset 68 "
                        + "(whosaid reads data files as UTF-8: save it as UTF-8, in Excel as 'CSV UTF-8')");
    }

    @Test
    void offsetsOutsideThePassageTextNameTheCsvLine() throws IOException {
        Files.writeString(dir.resolve("p.txt"), "Hello World");
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, HEADER + "p.txt,0,0,5,Lenin,true,Hello\np.txt,1,6,40,Lenin,true,World\n");
        assertThatThrownBy(() -> LabeledCsv.read(csv, LABELS))
                .isInstanceOf(BadInputException.class)
                .hasMessage(csv + ":3: offsets 6-40 lie outside the passage text " + dir.resolve("p.txt")
                        + " (11 code points): the passage may have changed since this file was made (--reanchor "
                        + "looks for the text)");
    }

    @Test
    void missingFileOrDirectory() {
        assertThatThrownBy(() -> LabeledCsv.readAll(List.of(dir.resolve("nope.csv").toString()), LABELS))
                .hasMessage(dir.resolve("nope.csv") + ": no such file or directory");
    }
}
