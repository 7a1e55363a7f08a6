package whosaid.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import whosaid.io.BadInputException;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.decode.Calibration;
import whosaid.io.BadInputException;
import whosaid.io.Fallback;
import whosaid.model.WhosaidModel;

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

    @Test
    void trainingWithoutALabelForAnyoneElseIsRefusedNamingIt() {
        assertThatThrownBy(() -> new Trainer(List.of("Lenin", "Stalin"), TestModels.SPEAKERS, TestModels.tinyOptions()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("training data has no 'narrator' label, the label for anyone who is none of the named "
                        + "voices (labels: Lenin, Stalin); label some text of others with it, or name another of "
                        + "your labels with --other-label");
        Trainer other = new Trainer(List.of("Lenin", "others"), TestModels.SPEAKERS,
                TestModels.tinyOptions().withOtherLabel("others"));
        assertThat(other.options().otherLabel()).isEqualTo("others");
    }
}
