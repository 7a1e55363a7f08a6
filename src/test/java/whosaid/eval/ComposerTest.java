package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.text.Unit;
import whosaid.train.LabeledPassage;

class ComposerTest {
    private static LabeledPassage work(String id, String voice, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(voice).append(" says thing number ").append(i).append(" about the party. ");
        }
        List<Unit> units = new Segmenter().segment(new Passage(id, text.toString().strip()));
        return new LabeledPassage(id, id, units, Collections.nCopies(units.size(), voice),
                Collections.nCopies(units.size(), true), false);
    }

    @Test
    void everyGoldSpanIsTheTextItNamesAndQuotationsAreOfAnotherVoice() {
        List<LabeledPassage> works = List.of(work("Lenin/a.txt", "Lenin", 20), work("narrator/plekhanov-b.txt",
                "narrator", 20), work("Stalin/c.txt", "Stalin", 3));
        List<Composer.Composed> pages = Composer.compose(works, 30, 7, "composed-", List.of("Lenin", "Stalin"));
        assertThat(pages).hasSize(30);
        List<String> forms = new ArrayList<>();
        for (Composer.Composed page : pages) {
            String text = page.passage().text();
            String frameVoice = page.frameGroup().substring(0, page.frameGroup().indexOf('/'));
            long quoted = 0;
            for (Composer.GoldSpan g : page.gold()) {
                String words = text.substring(g.start(), g.end());
                assertThat(words).isNotBlank().isEqualTo(words.strip());
                if (!g.label().equals(frameVoice)) {
                    quoted++;
                    // a quotation is the quoted voice's own words, never the introducer's
                    assertThat(words).startsWith(g.label().equals("narrator") ? "narrator says" : g.label() + " says");
                } else if (!words.startsWith(frameVoice + " says")) {
                    forms.add(words.replaceAll("Lenin|Stalin|Plekhanov", "X"));
                }
            }
            assertThat(quoted).isBetween(1L, 3L);
            assertThat(text.split("\n\n").length).isBetween(2, 5 + 2 * 3); // a block quotation is a paragraph of its own
        }
        assertThat(forms).contains("X wrote:", "As X put it,", "X declared.", "In the words of X:");
        // anyone else is quoted by the writer's name from the file, never by the label
        assertThat(pages).anySatisfy(p -> assertThat(p.passage().text()).contains("Plekhanov"));
        assertThat(pages).noneSatisfy(p -> assertThat(p.passage().text()).contains("As narrator"));
    }
}
