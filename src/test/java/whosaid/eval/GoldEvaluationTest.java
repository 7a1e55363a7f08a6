package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.io.BadInputException;
import whosaid.label.LabeledUnit;
import whosaid.label.Labeler;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;

class GoldEvaluationTest {
    private static final String TEXT = "The state is a product of the irreconcilability of class antagonisms. "
            + "I remember the winter evenings in the prison cell. "
            + "The congress was held in London in August and attended by forty delegates.";
    private static WhosaidModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        model = TestModels.tiny();
    }

    private Path gold(String passage, String... rows) throws IOException {
        Path csv = dir.resolve("gold.csv");
        Files.writeString(csv, "passage,unit,start,end,label,certain,text\n"
                + String.join("\n", rows).replace("PASSAGE", passage) + "\n");
        return csv;
    }

    private static String row(int unit, int start, int end, String label, boolean certain) {
        return "PASSAGE," + unit + "," + start + "," + end + "," + label + "," + certain + ",\""
                + TEXT.substring(start, end) + "\"";
    }

    @Test
    void eachGoldUnitTakesTheLabelOfTheUnitCoveringMostOfIt() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int second = TEXT.indexOf("I remember");
        int third = TEXT.indexOf("The congress");
        // gold cuts the first sentence in two, and runs the second into the start of the third
        Path csv = gold("a.txt",
                row(0, 0, 20, "Lenin", true),
                row(1, 21, second - 1, "Lenin", true),
                row(2, second, third + 4, "Trotsky", false),
                row(3, third + 4, TEXT.length(), "narrator", true));
        Evaluation evaluation = new GoldEvaluation(List.of(csv.toString()), model.labels())
                .run(model, "Lenin", null, Map.of());

        List<LabeledUnit> units = new Labeler(model).label(new Passage("a.txt", TEXT), true);
        assertThat(units).hasSize(3);
        List<Prediction> decoded = evaluation.designs().get(0).trial(Trial.MODEL).orElseThrow().predictions();
        assertThat(decoded).extracting(Prediction::unit).containsExactly(0, 1, 2, 3);
        assertThat(decoded).extracting(Prediction::gold).containsExactly("Lenin", "Lenin", "Trotsky", "narrator");
        assertThat(decoded).extracting(Prediction::predicted).containsExactly(units.get(0).label(),
                units.get(0).label(), units.get(1).label(), units.get(2).label());
        assertThat(decoded).extracting(Prediction::certain).containsExactly(true, true, false, true);
        assertThat(evaluation.designs().get(0).trials()).extracting(Trial::system)
                .containsExactly(Trial.MODEL, Trial.MODEL_ALONE, Trial.MAJORITY);
        assertThat(evaluation.designs().get(0).trial(Trial.MAJORITY).orElseThrow().predictions())
                .extracting(Prediction::predicted).containsOnly("Lenin");
        assertThat(evaluation.notes()).isEmpty();
    }

    @Test
    void rowsWithoutAFindableTextAreLabeledAsTheUnits() throws IOException {
        Path csv = gold("nowhere/missing.txt",
                "PASSAGE,0,,,Lenin,true,The state is a product of the irreconcilability of class antagonisms.",
                "PASSAGE,1,,,Trotsky,,I remember the winter evenings in the prison cell.");
        Evaluation evaluation = new GoldEvaluation(List.of(csv.toString()), model.labels())
                .run(model, null, null, Map.of());
        List<Prediction> alone = evaluation.designs().get(0).trial(Trial.MODEL_ALONE).orElseThrow().predictions();
        assertThat(alone).extracting(Prediction::text).containsExactly(
                "The state is a product of the irreconcilability of class antagonisms.",
                "I remember the winter evenings in the prison cell.");
        assertThat(evaluation.designs().get(0).trial(Trial.MAJORITY)).isEmpty();
        assertThat(evaluation.notes()).anySatisfy(n -> assertThat(n).contains("1 of 1 gold passages"));
    }

    @Test
    void anUnknownLabelIsReportedWithFileAndLine() throws IOException {
        Path csv = gold("x.txt", "PASSAGE,0,,,Lenin,true,a", "PASSAGE,1,,,Bukharin,true,b");
        assertThatThrownBy(() -> new GoldEvaluation(List.of(csv.toString()), model.labels()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(csv + ":3: unknown label 'Bukharin'");
    }

    @Test
    void offsetsOutsideTheTextAreReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path csv = gold("a.txt", row(0, 0, 20, "Lenin", true), "PASSAGE,1,20,9999,Lenin,true,x");
        assertThatThrownBy(() -> new GoldEvaluation(List.of(csv.toString()), model.labels()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(csv + ":3: offsets 20-9999");
    }

    @Test
    void goldUnitsTheModelTrainedOnAreFlaggedAndScoredApart() throws IOException {
        // the first and the last sentence are training sentences of the tiny model; the middle one is not
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int second = TEXT.indexOf("I remember");
        int third = TEXT.indexOf("The congress");
        Path csv = gold("a.txt",
                row(0, 0, second - 1, "Lenin", true),
                row(1, second, third - 1, "Trotsky", true),
                row(2, third, TEXT.length(), "narrator", true));
        Evaluation evaluation = new GoldEvaluation(List.of(csv.toString()), model.labels())
                .run(model, "Lenin", null, Map.of());

        assertThat(evaluation.goldUnitsInTraining()).isEqualTo(2);
        assertThat(evaluation.memoryWarning()).contains("2 gold units were in the model's training data");
        assertThat(evaluation.designs()).extracting(Design::name).containsExactly("gold",
                "gold units the model never trained on", "gold units the model trained on (memory, not accuracy)");
        assertThat(evaluation.designs().get(1).trials().get(0).predictions()).extracting(Prediction::unit)
                .containsExactly(1);
        assertThat(evaluation.designs().get(2).trials().get(0).predictions()).extracting(Prediction::unit)
                .containsExactly(0, 2);
    }

    @Test
    void goldTheModelWhollyTrainedOnIsReportedOnceAndSaysSo() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int second = TEXT.indexOf("I remember");
        int third = TEXT.indexOf("The congress");
        Path csv = gold("a.txt", row(0, 0, second - 1, "Lenin", true), row(1, third, TEXT.length(), "narrator", true));
        Evaluation evaluation = new GoldEvaluation(List.of(csv.toString()), model.labels())
                .run(model, "Lenin", null, Map.of());
        assertThat(evaluation.goldUnitsInTraining()).isEqualTo(2);
        assertThat(evaluation.designs()).extracting(Design::name).containsExactly("gold");
        assertThat(evaluation.notes()).anyMatch(n -> n.startsWith("all 2 gold units were in the model's training "
                + "data") && n.endsWith("every figure below measures memory, not accuracy"));
    }

    @Test
    void aGoldPassageWhollyUnseenRaisesNoFlag() throws IOException {
        String text = "The meeting of the committee was adjourned late in the evening.";
        Files.writeString(dir.resolve("b.txt"), text);
        Path csv = dir.resolve("gold.csv");
        Files.writeString(csv, "passage,unit,start,end,label,certain,text\nb.txt,0,0," + text.length()
                + ",narrator,true,\"" + text + "\"\n");
        Evaluation evaluation = new GoldEvaluation(List.of(csv.toString()), model.labels())
                .run(model, "Lenin", null, Map.of());
        assertThat(evaluation.goldUnitsInTraining()).isZero();
        assertThat(evaluation.designs()).hasSize(1);
    }
}
