package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tindented", "\rreturn"})
    void formulaLikeCellsGetAQuote(String cell) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Lenin writes: =", "0.5000", "'quoted", " =spaced", "“Quoted.”"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(cell);
    }

    private static CsvTable sample() {
        return new CsvTable("t", List.of("passage", "unit", "text", "gold"), List.of(
                new CsvTable.Row(0, List.of("p.txt", "0", "=1+1 is not what Lenin wrote, said “he”", "")),
                new CsvTable.Row(0, List.of("p.txt", "1", "line one\nline two, with \"quotes\"", "narrator"))));
    }

    @Test
    void writesRfc4180AndReadsItBack() throws IOException {
        Path file = dir.resolve("t.csv");
        sample().write(file, false);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("passage,unit,text,gold\n")
                .contains("\"line one\nline two, with \"\"quotes\"\"\"");
        CsvTable read = CsvTable.read(file);
        assertThat(read.header()).isEqualTo(sample().header());
        assertThat(read.rows()).extracting(CsvTable.Row::values)
                .containsExactlyElementsOf(sample().rows().stream().map(CsvTable.Row::values).toList());
        assertThat(read.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 3L);
    }

    @Test
    void excelSafeNeutralisesFormulasAndStartsWithAByteOrderMarkThatReadersSkip() throws IOException {
        Path file = dir.resolve("safe.csv");
        sample().write(file, true);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        CsvTable read = CsvTable.read(file);
        assertThat(read.header().get(0)).isEqualTo("passage");
        assertThat(read.rows().get(0).get(2)).isEqualTo("'=1+1 is not what Lenin wrote, said “he”");
        assertThat(LabeledCsv.read(file, Set.of())).singleElement()
                .satisfies(row -> assertThat(row.label()).isEqualTo("narrator"));
    }

    @Test
    void raggedRowsAndMissingColumnsAreReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "passage,unit,gold\np.txt,0,Lenin\np.txt,1\n");
        assertThatThrownBy(() -> CsvTable.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ":3: row has 2 fields, header has 3");
        Files.writeString(file, "passage,unit\np.txt,0\n");
        assertThatThrownBy(() -> CsvTable.read(file).require("gold")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":1: missing column 'gold'");
    }

    @org.junit.jupiter.api.Test
    void aBadInputMessageStaysOnOneLine() {
        org.assertj.core.api.Assertions.assertThat(BadInputException.at("g.csv", 1, "missing column 'passage' (header: "
                + "a\"b,c\r\nd)").getMessage()).isEqualTo("g.csv:1: missing column 'passage' (header: a\"b,c\\nd)");
    }
}
