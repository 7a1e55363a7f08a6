package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import whosaid.io.BadInputException;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.decode.Calibration;

class TrainerErrorsTest {
    @Test
    void oneWorkPerLabelTrainsWithoutCalibrationInsteadOfFailing() {
        // every calibration fold then lacks a label, which LIBLINEAR's class weights cannot name
        WhosaidModel model = TestModels.train(TestModels.tinyOptions().withCalibrationFolds(3));
        assertThat(model.calibration()).isEqualTo(Calibration.NONE);
        assertThat(model.labels()).containsExactly("Lenin", "Stalin", "Trotsky", "narrator");
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
