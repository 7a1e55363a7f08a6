package whosaid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {
    private static List<Unit> units(String text) {
        return new Segmenter().segment(new Passage("p", text));
    }

    @Test
    void aShortLineAloneInItsParagraphWithoutASentenceEndIsAHeading() {
        List<Unit> u = units("Leon Trotsky - Wikipedia\n\nThe mood of the listeners was tense. He spoke.\n\n"
                + "Lenin wrote:\n\nvladimir lenin and leon trotsky relationship problems");
        assertThat(u.get(0).text()).isEqualTo("Leon Trotsky - Wikipedia");
        assertThat(Headings.is(u, 0)).isTrue();
        assertThat(Headings.is(u, 1)).isFalse(); // a sentence of a longer paragraph
        assertThat(Headings.is(u, 3)).isFalse(); // ends with a colon: it introduces
        assertThat(Headings.is(u, u.size() - 1)).isTrue();
    }

    @Test
    void aLongLineOrOneThatEndsAsASentenceIsNot() {
        List<Unit> u = units("The testament was read to the delegates.\n\n"
                + "This line has far too many words to be any kind of a heading at all in a page");
        assertThat(Headings.is(u, 0)).isFalse();
        assertThat(Headings.is(u, 1)).isFalse();
    }
}
