package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.io.BadInputException;

class AgreementTest {
    @TempDir
    Path dir;

    private Path csv(String name, String header, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private static ConfusionMatrix matrix(Evaluation e) {
        return Figures.of(e.designs().get(0).trials().get(0).predictions(), e.labels(), false).confusion();
    }

    @Test
    void twoAnnotatorsMatchedByUnit() throws IOException {
        String header = "passage,unit,label,certain,text";
        Path a = csv("a.csv", header, "p,0,Lenin,true,s0", "p,1,Lenin,true,s1", "p,2,Trotsky,true,s2",
                "p,3,Trotsky,false,s3", "q,0,narrator,true,s4");
        Path b = csv("b.csv", header, "p,0,Lenin,true,s0", "p,1,Trotsky,true,s1", "p,2,Trotsky,true,s2",
                "p,3,Trotsky,true,s3");
        Evaluation e = Agreement.compare(a, b, Agreement.Match.UNIT);
        ConfusionMatrix m = matrix(e);
        assertThat(e.labels()).containsExactly("Lenin", "Trotsky", "narrator");
        assertThat(m.total()).isEqualTo(4);
        assertThat(m.accuracy()).isEqualTo(0.75);
        // chance: Lenin 2/4 * 1/4 + Trotsky 2/4 * 3/4 = 0.5, so kappa = (0.75 - 0.5) / 0.5
        assertThat(m.kappa()).isCloseTo(0.5, within(1e-12));
        assertThat(m.f1("Lenin")).isCloseTo(2 / 3.0, within(1e-12)); // specific agreement 2*1 / (2 + 1)
        assertThat(e.notes()).singleElement().asString().startsWith("1 of 5 units");
        assertThat(Figures.of(e.designs().get(0).trials().get(0).predictions(), e.labels(), true).confusion()
                .total()).isEqualTo(3);
    }

    @Test
    void aLabelOutputAgainstAnAnnotatorMatchedByOffsets() throws IOException {
        Path annotator = csv("gold.csv", "passage,unit,start,end,label,certain,text",
                "t.txt,0,0,10,Lenin,true,aaaaaaaaaa", "t.txt,1,11,30,narrator,true,bbbbbbbbbbbbbbbbbbb");
        // whosaid cut the second sentence in two; its longer part decides
        Path labeled = csv("labeled.csv", "passage,unit,start,end,label,confidence,p_Lenin,p_narrator,cue,text",
                "t.txt,0,0,10,Lenin,0.9,0.9,0.1,,aaaaaaaaaa", "t.txt,1,11,15,Lenin,0.6,0.6,0.4,,bbbb",
                "t.txt,2,16,30,narrator,0.8,0.2,0.8,quote,bbbbbbbbbbbbbb");
        ConfusionMatrix m = matrix(Agreement.compare(annotator, labeled, Agreement.Match.OFFSETS));
        assertThat(m.total()).isEqualTo(2);
        assertThat(m.accuracy()).isEqualTo(1.0);
        Evaluation byUnit = Agreement.compare(annotator, labeled, Agreement.Match.UNIT);
        assertThat(byUnit.notes()).anySatisfy(n -> assertThat(n).contains("try --match offsets"));
    }

    @Test
    void offsetsAreRequiredToMatchByOffsets() throws IOException {
        Path a = csv("a.csv", "passage,unit,label,text", "p,0,Lenin,x");
        assertThatThrownBy(() -> Agreement.compare(a, a, Agreement.Match.OFFSETS))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(a + ":2:");
    }
}
