package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleissKappaTest {
    private static final List<String> FIVE = List.of("1", "2", "3", "4", "5");

    /** The worked example of Fleiss (1971) as given on Wikipedia: 10 items, 14 raters, 5 categories. */
    private static final int[][] EXAMPLE = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

    private static List<String> ratings(int[] counts) {
        List<String> ratings = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            ratings.addAll(Collections.nCopies(counts[c], FIVE.get(c)));
        }
        return ratings;
    }

    @Test
    void reproducesTheTextbookExample() {
        FleissKappa kappa = new FleissKappa(FIVE, 14);
        for (int[] item : EXAMPLE) {
            kappa.add(ratings(item));
        }
        assertThat(kappa.items()).isEqualTo(10);
        assertThat(kappa.observed()).isCloseTo(0.378, within(0.001));
        assertThat(kappa.expected()).isCloseTo(0.213, within(0.001));
        assertThat(kappa.kappa()).isCloseTo(0.210, within(0.001));
    }

    @Test
    void perfectAgreementIsOneAndTwoRatersMatchCohen() {
        FleissKappa same = new FleissKappa(List.of("a", "b"), 3);
        same.add(List.of("a", "a", "a"));
        same.add(List.of("b", "b", "b"));
        assertThat(same.kappa()).isEqualTo(1.0);

        // With two raters Fleiss' and Cohen's kappa differ only in how chance is estimated; with equal marginals
        // they coincide.
        FleissKappa two = new FleissKappa(List.of("a", "b"), 2);
        ConfusionMatrix cohen = new ConfusionMatrix(List.of("a", "b"));
        String[][] pairs = {{"a", "a"}, {"a", "b"}, {"b", "a"}, {"b", "b"}, {"a", "a"}, {"b", "b"}};
        for (String[] p : pairs) {
            two.add(List.of(p[0], p[1]));
            cohen.add(p[0], p[1]);
        }
        assertThat(two.kappa()).isCloseTo(cohen.kappa(), within(1e-12)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void refusesAWrongNumberOfRatings() {
        FleissKappa kappa = new FleissKappa(List.of("a", "b"), 3);
        assertThatThrownBy(() -> kappa.add(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
