package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    private static List<String> paragraphs(String text) {
        return Paragraphs.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleNewlinesDoNot() {
        String text = "First line\nstill the first.\n\nSecond one.";
        assertThat(paragraphs(text)).containsExactly("First line\nstill the first.", "Second one.");
        assertThat(Paragraphs.of(text)).extracting(Span::start, Span::end)
                .containsExactly(tuple(0, 27), tuple(29, 40));
    }

    @Test
    void paragraphsAreTrimmedOfSurroundingBlanks() {
        assertThat(paragraphs("\n\n   Indented text.  \n\n\n  Another.\n")).containsExactly("Indented text.", "Another.");
    }

    @Test
    void linesOfSpacesTabsAndNoBreakSpacesCountAsBlank() {
        assertThat(paragraphs("One.\n \t\u00A0\u2003\nTwo.")).containsExactly("One.", "Two.");
    }

    @Test
    void windowsAndOldMacLineEndsWork() {
        assertThat(paragraphs("One.\r\n\r\nTwo.\r\nstill two.")).containsExactly("One.", "Two.\r\nstill two.");
        assertThat(paragraphs("One.\r\rTwo.")).containsExactly("One.", "Two.");
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(Paragraphs.of("")).isEmpty();
        assertThat(Paragraphs.of(" \n\n\t\r\n")).isEmpty();
    }
}
