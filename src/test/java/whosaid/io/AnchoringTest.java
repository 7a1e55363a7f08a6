package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoringTest {
    private static final String HEADER = "passage,unit,start,end,label,certain,text\n";

    @TempDir
    Path dir;

    private final List<String> report = new ArrayList<>();

    private Path files(String passage, String rows) throws IOException {
        Files.writeString(dir.resolve("p.txt"), passage, StandardCharsets.UTF_8);
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, HEADER + rows, StandardCharsets.UTF_8);
        return csv;
    }

    private List<GoldRow> reanchored(Path csv) {
        return LabeledCsv.read(csv, Set.of(), Anchoring.reanchor(report::add));
    }

    @Test
    void aParagraphAddedAtTheTopIsRefusedThenFoundWithReanchorAtTheRightOffsets() throws IOException {
        String original = "Lenin wrote: I am leaving today.\n\nIn May he has the first stroke.\n";
        String edited = "A note 😀 added later.\n\n" + original;
        Path csv = files(edited, "p.txt,0,0,12,Trotsky,true,Lenin wrote:\n"
                + "p.txt,1,13,32,Lenin,true,I am leaving today.\n"
                + "p.txt,2,34,65,Trotsky,true,In May he has the first stroke.\n");
        assertThatThrownBy(() -> LabeledCsv.read(csv, Set.of())).isInstanceOf(BadInputException.class)
                .hasMessage(csv + ":2: text \"Lenin wrote:\" is not at offsets 0-12 of " + dir.resolve("p.txt")
                        + ", which hold \"A note 😀 add\": the passage may have changed since this "
                        + "file was made (--reanchor looks for the text near its old place and uses the new offsets)");

        List<GoldRow> rows = reanchored(csv);
        // offsets count code points: the emoji is one, though two Java chars
        int shift = "A note 😀 added later.\n\n".codePointCount(0, 24);
        assertThat(shift).isEqualTo(23);
        assertThat(rows).extracting(GoldRow::start).containsExactly(shift, 13 + shift, 34 + shift);
        assertThat(rows).extracting(GoldRow::end).containsExactly(12 + shift, 32 + shift, 65 + shift);
        int[] points = edited.codePoints().toArray();
        for (GoldRow row : rows) {
            assertThat(new String(points, row.start(), row.end() - row.start())).isEqualTo(row.text());
        }
        assertThat(report).containsExactly(csv + ": 3 row(s) no longer matched " + dir.resolve("p.txt")
                + " at their offsets; found their text nearby and moved them by +23 code points");
    }

    @Test
    void whitespaceRunsCompareAsEqualButWordsDoNot() throws IOException {
        String passage = "Lenin  wrote\nto the\r\n\tcongress.\u00A0It was late.";
        assertThat(passage.indexOf('\u00A0')).isEqualTo(31);
        // a spreadsheet turned the line breaks into spaces, doubled one, and trimmed the cell
        assertThat(LabeledCsv.read(files(passage, "p.txt,0,0,31,Lenin,true,\" Lenin wrote to the  congress.\"\n"),
                Set.of())).hasSize(1);
        assertThat(LabeledCsv.read(files(passage, "p.txt,0,32,44,Lenin,true,\"It\nwas late.\"\n"), Set.of()))
                .hasSize(1);
        // a word changed, or a space lost, is another text
        assertThatThrownBy(() -> LabeledCsv.read(files(passage, "p.txt,0,0,31,Lenin,true,Lenin wrote to the"
                + " congress\n"), Set.of())).hasMessageContaining("is not at offsets 0-31");
        assertThatThrownBy(() -> LabeledCsv.read(files(passage, "p.txt,0,0,31,Lenin,true,Leninwrote to the"
                + " congress.\n"), Set.of())).hasMessageContaining("is not at offsets 0-31");
    }

    @Test
    void aSpreadsheetSafeQuoteIsNotPartOfTheText() throws IOException {
        assertThat(LabeledCsv.read(files("=SUM(A1) is not text.", "p.txt,0,0,21,Lenin,true,'=SUM(A1) is not text.\n"),
                Set.of())).hasSize(1);
        Path moved = files("New.\n\n=SUM(A1) is not text.", "p.txt,0,0,21,Lenin,true,'=SUM(A1) is not text.\n");
        assertThat(reanchored(moved)).extracting(GoldRow::start).containsExactly(6);
    }

    @Test
    void repeatedTextIsFoundWhereTheRowsBeforeItMovedNotAtTheNearestCopy() throws IOException {
        // the title repeats; the inserted paragraphs put another copy of it nearer the first row's old offsets
        String body = "Title\n\nA.\n\nTitle\n\nB.\n\nTitle\n\nC.\n";
        String rows = "p.txt,0,0,5,narrator,true,Title\np.txt,1,7,9,Trotsky,true,A.\n"
                + "p.txt,2,11,16,narrator,true,Title\np.txt,3,18,20,Lenin,true,B.\n"
                + "p.txt,4,22,27,narrator,true,Title\np.txt,5,29,31,Stalin,true,C.\n";
        assertThat(LabeledCsv.read(files(body, rows), Set.of())).hasSize(6);
        String inserted = "Z.\n\nTitle\n\nWhat.\n\n";
        List<GoldRow> moved = reanchored(files(inserted + body, rows));
        int shift = inserted.length();
        assertThat(moved).extracting(GoldRow::start).containsExactly(shift, 7 + shift, 11 + shift, 18 + shift,
                22 + shift, 29 + shift);
    }

    @Test
    void rowsWhoseTextIsGoneAreRefusedAllNamed() throws IOException {
        Path csv = files("One sentence stays.\n\nAnother was rewritten.\n\nA third, too.",
                "p.txt,0,0,19,Lenin,true,One sentence stays.\n"
                        + "p.txt,1,21,42,Lenin,true,Another was written.\n"
                        + "p.txt,2,44,56,Lenin,true,A fourth one.\n");
        assertThatThrownBy(() -> reanchored(csv)).isInstanceOf(BadInputException.class)
                .hasMessage(csv + ":3: the text of this row (\"Another was written.\", offsets 21-42) is nowhere in "
                        + dir.resolve("p.txt") + "; nor is that of 1 more row(s), at line(s) 4: the passage was "
                        + "changed there since this file was made; label those units again");
    }

    @Test
    void offsetsPastTheEndOfAShortenedPassageAreRefusedOrFound() throws IOException {
        Path csv = files("Short now.", "p.txt,0,40,50,Lenin,true,Short now.\n");
        assertThatThrownBy(() -> LabeledCsv.read(csv, Set.of())).hasMessage(csv + ":2: offsets 40-50 lie outside "
                + "the passage text " + dir.resolve("p.txt") + " (10 code points): the passage may have changed "
                + "since this file was made (--reanchor looks for the text)");
        assertThat(reanchored(csv)).extracting(GoldRow::start, GoldRow::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 10));
    }

    @Test
    void rowsWithoutOffsetsOrWithoutAFindablePassageAreNotChecked() throws IOException {
        Files.writeString(dir.resolve("p.txt"), "Something else entirely.");
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, HEADER + "p.txt,0,,,Lenin,true,Not in the passage.\n"
                + "elsewhere.txt,0,0,5,Lenin,true,Nowhere to be found.\n");
        assertThat(LabeledCsv.read(csv, Set.of())).hasSize(2);
    }
}
