package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
