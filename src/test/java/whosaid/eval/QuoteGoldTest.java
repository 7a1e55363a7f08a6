package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.io.BadInputException;

class QuoteGoldTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");

    @TempDir
    Path dir;

    private Path csv(String rows) throws IOException {
        Path csv = dir.resolve("quotes.csv");
        Files.writeString(csv, "source,start,end,label,quoted_by,certain,introducer\n" + rows);
        return csv;
    }

    @Test
    void readsCorpusAndFileSpansWithoutAnyText() throws IOException {
        List<QuoteGold> spans = QuoteGold.read(csv("corpus:Stalin/work.txt,10,40,Lenin,Stalin,true,named\n"
                + "data/passages/seed.txt,5,9,narrator,Trotsky,false,other-named\n"), LABELS);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).inCorpus()).isTrue();
        assertThat(spans.get(0).corpusPath()).isEqualTo("Stalin/work.txt");
        assertThat(spans.get(1).certain()).isFalse();
        assertThat(spans.get(1).line()).isEqualTo(3);
        assertThat(spans.get(0).file(dir, dir.resolve("quotes.csv"))).isEqualTo(dir.resolve("Stalin/work.txt"));
    }

    @Test
    void badRowsNameTheFileAndLine() throws IOException {
        Path unknown = csv("corpus:a.txt,1,5,Bukharin,narrator,true,named\n");
        assertThatThrownBy(() -> QuoteGold.read(unknown, LABELS)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(unknown + ":2: label 'Bukharin'");
        Path backwards = csv("corpus:a.txt,9,5,Lenin,narrator,true,named\n");
        assertThatThrownBy(() -> QuoteGold.read(backwards, LABELS)).hasMessageContaining(":2: end 5 is not after start 9");
        Path noCorpus = csv("corpus:a.txt,1,5,Lenin,narrator,true,named\n");
        QuoteGold span = QuoteGold.read(noCorpus, LABELS).get(0);
        assertThatThrownBy(() -> span.file(null, noCorpus)).hasMessageContaining("needs --corpus DIR");
    }
}
