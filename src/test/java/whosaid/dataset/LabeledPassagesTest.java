package whosaid.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.label.LabeledUnit;
import whosaid.text.Passage;
import whosaid.text.Segmenter;

class LabeledPassagesTest {
    private static List<LabeledUnit> labeled(String id, String text) {
        return new Segmenter().segment(new Passage(id, text)).stream()
                .map(u -> new LabeledUnit(u, "narrator", 1, new double[] {1}, whosaid.quote.Cue.NONE)).toList();
    }

    @Test
    void rowsCarryTheNeighboursTextAndAQuotationsIntroducer() {
        LabeledPassages passages = new LabeledPassages();
        passages.write(labeled("a.txt", "The congress opened in London. Lenin answered the delegates: "
                + "“We must seize power now, comrades.” The hall was silent for a long time."));
        passages.write(labeled("b.txt", "Another passage starts here."));
        List<DatasetRow> rows = passages.rows();
        assertThat(rows).extracting(r -> r.labeled().unit().text()).containsExactly(
                "The congress opened in London.", "Lenin answered the delegates:",
                "“We must seize power now, comrades.”", "The hall was silent for a long time.",
                "Another passage starts here.");
        assertThat(rows).extracting(DatasetRow::passageOrder).containsExactly(0, 0, 0, 0, 1);
        DatasetRow quotation = rows.get(2);
        assertThat(quotation.isQuotation()).isTrue();
        assertThat(quotation.previousText()).isEqualTo("Lenin answered the delegates:");
        assertThat(quotation.nextText()).isEqualTo("The hall was silent for a long time.");
        assertThat(quotation.introducerText()).isEqualTo("Lenin answered the delegates:");
        assertThat(rows.get(0).previousText()).isEmpty();
        assertThat(rows.get(3).nextText()).as("context stops at the end of the passage").isEmpty();
        assertThat(rows.get(4).previousText()).as("and does not reach into the next").isEmpty();
        assertThat(rows.get(3).introducerText()).as("only quotations have an introducer").isEmpty();
    }
}
