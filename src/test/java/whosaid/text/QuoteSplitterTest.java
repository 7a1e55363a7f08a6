package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote splitter on hand-cut sentences of one paragraph, so its state across sentences is visible. */
class QuoteSplitterTest {
    /** Splits each sentence (given as a separate string, joined by single spaces) with one splitter. */
    private static List<String> split(String... sentences) {
        String text = String.join(" ", sentences);
        QuoteSplitter splitter = new QuoteSplitter();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (String sentence : sentences) {
            for (Span part : splitter.split(text, new Span(start, start + sentence.length()))) {
                parts.add(part.kind() + "|" + text.substring(part.start(), part.end()) + "|" + part.cue());
            }
            start += sentence.length() + 1;
        }
        return parts;
    }

    @Test
    void aQuotationOpenedInOneSentenceContinuesIntoTheNextUntilItCloses() {
        assertThat(split("Lenin answered the delegates: “We cannot wait.", "The congress is near.",
                "We must act at once.”", "The hall fell silent after that."))
                .containsExactly(
                        "INTRODUCER|Lenin answered the delegates:|",
                        "QUOTATION|“We cannot wait.|quote",
                        "QUOTATION|The congress is near.|quote",
                        "QUOTATION|We must act at once.”|quote",
                        "SENTENCE|The hall fell silent after that.|");
    }

    @Test
    void aQuotationClosingMidSentenceLeavesTheRestAsTail() {
        assertThat(split("The delegates heard him say “we cannot wait any longer.", "The congress is near,” and "
                + "then the chairman closed the session."))
                .containsExactly(
                        "INTRODUCER|The delegates heard him say|",
                        "QUOTATION|“we cannot wait any longer.|quote",
                        "QUOTATION|The congress is near,”|quote",
                        "TAIL|and then the chairman closed the session.|");
    }

    @Test
    void aNewSplitterStartsWithNoOpenQuotation() {
        assertThat(split("He began: “We cannot wait any longer now.")).hasSize(1);
        assertThat(split("The congress is near and we must act.")).containsExactly(
                "SENTENCE|The congress is near and we must act.|");
    }

    @Test
    void aColonIntroducerSplitsOnlyBeforeACapitalisedOrNumberedQuotation() {
        assertThat(split("Trotsky wrote in his diary: Everything is going well here today."))
                .containsExactly("INTRODUCER|Trotsky wrote in his diary:|",
                        "QUOTATION|Everything is going well here today.|colon");
        assertThat(split("The plan had three parts: the army, the railways and the telegraph."))
                .containsExactly("SENTENCE|The plan had three parts: the army, the railways and the telegraph.|");
        assertThat(split("The meeting began at 10:30 in the morning and lasted until dusk."))
                .containsExactly("SENTENCE|The meeting began at 10:30 in the morning and lasted until dusk.|");
    }

    @Test
    void aColonSplitNeedsBothPartsLongEnoughToStandAlone() {
        assertThat(split("In short: I earnestly urge you to come.")).hasSize(1);
        assertThat(split("Lenin wrote to Stalin: Agreed.")).hasSize(1);
    }

    @Test
    void aTwoWordIntroducerWithASpeechVerbStandsAlone() {
        assertThat(split("He wrote: I earnestly urge you to come.")).containsExactly("INTRODUCER|He wrote:|",
                "QUOTATION|I earnestly urge you to come.|colon");
    }
}
