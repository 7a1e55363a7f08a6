package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.decode.Calibration;
import whosaid.io.BadInputException;
import whosaid.io.Fallback;

class TrainerErrorsTest {
    @Test
    void oneWorkPerLabelTrainsWithoutCalibrationInsteadOfFailingAndSaysSo() {
        // every calibration fold then lacks a label, which LIBLINEAR's class weights cannot name
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        WhosaidModel model = TestModels.train(TestModels.tinyOptions().withCalibrationFolds(3),
                Fallback.warn(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(model.calibration()).isEqualTo(Calibration.NONE);
        assertThat(model.labels()).containsExactly("Lenin", "Stalin", "Trotsky", "narrator");
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList()).hasSize(3)
                .allMatch(l -> l.startsWith("whosaid: warning: calibration fold ") && l.contains(" of 3 left out"));
        assertThatThrownBy(() -> TestModels.train(TestModels.tinyOptions().withCalibrationFolds(3),
                Fallback.of(System.err, true))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("(--strict makes this an error)");
    }
}
