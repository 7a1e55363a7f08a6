package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.model.ModelFile;
import whosaid.text.Passage;

/**
 * The shipped model on a page it never saw, written as an encyclopedia would (data/gold): a sentence that names a
 * voice is the frame's, and each quotation is its speaker's.
 */
class HistorianPageTest {
    private static final Path PAGE = Path.of("data/gold/october-1917.txt");
    private static List<LabeledUnit> units;

    @BeforeAll
    static void label() throws IOException {
        Labeler labeler = new Labeler(ModelFile.load(Path.of("models/whosaid.model")));
        units = labeler.label(new Passage(PAGE.toString(), Files.readString(PAGE)), true);
    }

    private static LabeledUnit unitStarting(String words) {
        return units.stream().filter(u -> u.unit().text().startsWith(words)).findFirst().orElseThrow();
    }

    @Test
    void theFrameIsTheNarratorsAndAMentionIsNotAVoice() {
        assertThat(units).allSatisfy(u -> assertThat(u.frame().voice()).isEqualTo("narrator"));
        for (String mention : List.of("Lenin, who had returned", "Trotsky, who chaired", "Stalin played a smaller part",
                "The quarrel between the two men")) {
            assertThat(unitStarting(mention).label()).as(mention).isEqualTo("narrator");
        }
    }

    @Test
    void eachQuotationIsItsSpeakers() {
        assertThat(unitStarting("\"History will not forgive").label()).isEqualTo("Lenin");
        assertThat(unitStarting("\"The most indubitable").label()).isEqualTo("Trotsky");
        assertThat(unitStarting("\"Go where you belong").label()).isEqualTo("Trotsky");
        assertThat(unitStarting("We must make good").label()).isEqualTo("Stalin");
    }
}
