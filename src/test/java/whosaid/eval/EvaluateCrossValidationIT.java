package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import whosaid.io.SpeakersCsv;
import whosaid.train.TrainingOptions;
import whosaid.train.TrainingRun;

/** A small real cross-validation: two folds over the corpus works, uncalibrated to keep it quick. */
class EvaluateCrossValidationIT {
    @Test
    void twoFoldsOverWorksGiveSaneFiguresBesideBothBaselines() throws Exception {
        Path speakers = Path.of("data/speakers.csv");
        TrainingRun.Sources sources = new TrainingRun.Sources(List.of("data/labeled"),
                whosaid.ReferenceCorpus.require("EvaluateCrossValidationIT"), SpeakersCsv.read(speakers), speakers);
        TrainingOptions options = TrainingOptions.defaults().withCalibrationFolds(0).withThreads(2);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Evaluation evaluation = EvaluationRun.crossValidate(sources, options,
                new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 2, 1, 100),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(log.toString(StandardCharsets.UTF_8)).contains("model: fold 1/2 trained",
                "naive Bayes: fold 2/2 trained");
        assertThat(evaluation.designs()).extracting(Design::name).containsExactly("held-out corpus works",
                "encyclopedia articles", "composed pages", "paragraph-spliced pages", "sentence-spliced passages");
        assertThat(evaluation.notes()).anySatisfy(n -> assertThat(n).startsWith("work-level accuracy").contains(" of 51 = "));
        // encyclopedia articles are all narrator's: the model finds that voice in most of their units
        Design encyclopedia = evaluation.designs().get(1);
        assertThat(matrix(evaluation, encyclopedia, Trial.MODEL).accuracy()).isGreaterThan(0.8);
        for (Design design : evaluation.designs()) {
            if (design == encyclopedia) {
                continue;
            }
            assertThat(design.trials()).extracting(Trial::system)
                    .containsExactly(Trial.MODEL, Trial.MODEL_ALONE, Trial.MAJORITY, Trial.NAIVE_BAYES);
            int units = design.trials().get(0).predictions().size();
            assertThat(units).as(design.name()).isGreaterThan(1000);
            for (Trial trial : design.trials()) {
                assertThat(trial.predictions()).as(trial.system()).hasSize(units);
                ConfusionMatrix m = Figures.of(trial.predictions(), evaluation.labels(), false).confusion();
                assertThat(m.accuracy()).isBetween(0.0, 1.0);
                assertThat(m.macroF1()).isBetween(0.0, 1.0);
                assertThat(m.kappa()).isBetween(-1.0, 1.0);
            }
            ConfusionMatrix model = matrix(evaluation, design, Trial.MODEL_ALONE);
            ConfusionMatrix majority = matrix(evaluation, design, Trial.MAJORITY);
            // a majority baseline predicts one label per fold; the model must use every voice and beat it
            assertThat(model.macroF1()).as(design.name()).isGreaterThan(majority.macroF1());
            assertThat(evaluation.labels()).allSatisfy(l -> assertThat(model.predicted(l)).isPositive());
            assertThat(majority.kappa()).isLessThan(0.05);
        }
    }

    private static ConfusionMatrix matrix(Evaluation evaluation, Design design, String system) {
        return Figures.of(design.trial(system).orElseThrow().predictions(), evaluation.labels(), false).confusion();
    }
}
