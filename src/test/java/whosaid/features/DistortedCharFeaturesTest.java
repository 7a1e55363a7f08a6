package whosaid.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistortedCharFeaturesTest {
    private static String distort(String text) {
        char[] out = new char[text.length() * 2 + 2];
        return new String(out, 0, DistortedCharFeatures.distort(text, out));
    }

    @Test
    void uncommonWordsBecomeAsterisksAndCommonOnesStay() {
        assertThat(distort("The Soviet mobilizes the forces")).isEqualTo(" the ****** ********* the ****** ");
    }

    @Test
    void digitsWhitespaceAndApostrophesAreNormalised() {
        assertThat(distort("In  1917,\nhe wrote’s")).isEqualTo(" in ####, he *****'* ");
    }

    @Test
    void theSameStyleOnAnotherSubjectGivesTheSameText() {
        assertThat(distort("We must teach the masses.")).isEqualTo(distort("We must paint the houses."));
    }
}
