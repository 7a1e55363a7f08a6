package whosaid.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void temperatureOneLeavesPosteriorsAlone() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        assertThat(Calibration.NONE.apply(p)).containsExactly(p, within(1e-12));
    }

    @Test
    void aHighTemperatureFlattensAndKeepsTheOrder() {
        double[] calibrated = new Calibration(4).apply(new double[] {0.97, 0.02, 0.01});
        assertThat(calibrated[0] + calibrated[1] + calibrated[2]).isCloseTo(1, within(1e-12));
        assertThat(calibrated[0]).isLessThan(0.97).isGreaterThan(calibrated[1]);
        assertThat(calibrated[1]).isGreaterThan(calibrated[2]);
        // p_i^(1/4), renormalised: the ratio of the first two is (0.97 / 0.02)^(1/4).
        assertThat(calibrated[0] / calibrated[1]).isCloseTo(Math.pow(0.97 / 0.02, 0.25), within(1e-9));
    }

    @Test
    void zeroPosteriorsStayBelowEverythingElseButAreNotZero() {
        double[] calibrated = new Calibration(3).apply(new double[] {1, 0});
        assertThat(calibrated[1]).isPositive().isLessThan(calibrated[0]);
    }

    @Test
    void fittingOverconfidentPosteriorsFindsTheTemperatureThatMakesThemHonest() {
        // The classifier always says 0.99 for its pick but is right only 70% of the time. Honest posteriors would
        // say 0.7: (0.99/0.01)^(1/T) = 0.7/0.3 gives T = ln 99 / ln(7/3), about 5.4.
        Random random = new Random(1);
        List<Calibration.HeldOut> heldOut = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int picked = random.nextInt(2);
            int truth = random.nextDouble() < 0.7 ? picked : 1 - picked;
            heldOut.add(new Calibration.HeldOut(picked == 0 ? new double[] {0.99, 0.01} : new double[] {0.01, 0.99},
                    truth));
        }
        Calibration fitted = Calibration.fit(heldOut);
        assertThat(fitted.temperature()).isBetween(4.5, 6.5);
        assertThat(fitted.apply(new double[] {0.99, 0.01})[0]).isCloseTo(0.7, within(0.03));
    }

    @Test
    void fittingHonestPosteriorsKeepsATemperatureNearOne() {
        Random random = new Random(2);
        List<Calibration.HeldOut> heldOut = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double confidence = 0.5 + 0.5 * random.nextDouble();
            heldOut.add(new Calibration.HeldOut(new double[] {confidence, 1 - confidence},
                    random.nextDouble() < confidence ? 0 : 1));
        }
        assertThat(Calibration.fit(heldOut).temperature()).isBetween(0.85, 1.2);
    }
}
