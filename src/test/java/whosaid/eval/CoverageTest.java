package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    @Test
    void accuracyOfTheUnitsKeptAtEachThreshold() {
        Coverage c = new Coverage();
        c.add(0.95, true);
        c.add(0.85, false);
        c.add(0.65, true);
        c.add(0.35, true);
        c.add(0.25, false);
        List<Coverage.Point> points = c.points();
        assertThat(points).extracting(Coverage.Point::threshold).containsExactlyElementsOf(Coverage.THRESHOLDS);
        assertThat(points).extracting(Coverage.Point::kept).containsExactly(5L, 4L, 3L, 3L, 3L, 2L, 2L, 1L);
        double[] accuracy = {3 / 5.0, 3 / 4.0, 2 / 3.0, 2 / 3.0, 2 / 3.0, 0.5, 0.5, 1.0};
        double[] coverage = {1.0, 0.8, 0.6, 0.6, 0.6, 0.4, 0.4, 0.2};
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).accuracy()).as("accuracy at %s", points.get(i).threshold())
                    .isCloseTo(accuracy[i], within(1e-12));
            assertThat(points.get(i).coverage()).isCloseTo(coverage[i], within(1e-12));
        }
    }

    @Test
    void aThresholdKeepsConfidencesEqualToIt() {
        Coverage c = new Coverage();
        c.add(0.5, true);
        assertThat(c.points().get(Coverage.THRESHOLDS.indexOf(0.5)).kept()).isEqualTo(1);
        assertThat(c.points().get(Coverage.THRESHOLDS.indexOf(0.6)).kept()).isZero();
    }

    @Test
    void nothingKeptMeansZeroNotNaN() {
        assertThat(new Coverage().points()).allSatisfy(p -> {
            assertThat(p.accuracy()).isZero();
            assertThat(p.coverage()).isZero();
        });
    }
}
