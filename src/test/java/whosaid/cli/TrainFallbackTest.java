package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where training falls back to a weaker way it says so in one line, and --strict refuses instead (exit 2). */
class TrainFallbackTest {
    private static final String HEADER = "passage,unit,start,end,label,certain,text\n";
    private static final String LENIN = "The state is a product of the irreconcilability of class antagonisms.";
    private static final String NARRATOR = "He was born in 1879 in the village of Yanovka.";

    @TempDir
    Path dir;

    private String rows(String passage) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 4; i++) {
            csv.append(passage).append(',').append(2 * i).append(",,,Lenin,true,").append(LENIN).append('\n');
            csv.append(passage).append(',').append(2 * i + 1).append(",,,narrator,true,").append(NARRATOR).append('\n');
        }
        return csv.toString();
    }

    private CliRun train(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "train";
        all[1] = "--calibration-folds";
        all[2] = "0";
        all[3] = "-o";
        all[4] = dir.resolve("m.model").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void rowsWithoutTheirPassageTextAreTrainedOnAsTheyAreAndSaidSo() throws IOException {
        Path csv = Files.writeString(dir.resolve("g.csv"), rows("lost.txt"));
        CliRun run = train("--data", csv.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.errLines()).filteredOn(l -> l.contains("is trained on as its")).singleElement().asString()
                .contains(csv + ": passage lost.txt is trained on as its 8 rows", "its text file was not found");

        Files.delete(dir.resolve("m.model"));
        CliRun strict = train("--strict", "--data", csv.toString());
        assertThat(strict.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(strict.errLines()).last().asString().startsWith("whosaid: " + csv + ": passage lost.txt")
                .endsWith("(--strict makes this an error)");
        assertThat(dir.resolve("m.model")).doesNotExist();
    }

    @Test
    void aLabelWithFewUnitsIsWarnedOfAndDataWithoutAnyLabeledUnitRefused() throws IOException {
        Path csv = Files.writeString(dir.resolve("g.csv"), rows("lost.txt"));
        CliRun run = train("--data", csv.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.errLines()).contains(
                "whosaid: warning: label Lenin has 4 labeled unit(s), fewer than 20: the model will hardly learn it; "
                        + "label more of its units",
                "whosaid: warning: label narrator has 4 labeled unit(s), fewer than 20: the model will hardly learn "
                        + "it; label more of its units");

        Path unannotated = Files.writeString(dir.resolve("u.csv"), "passage,unit,text,gold,certain\n"
                + "a.txt,0,Some text.,,\n");
        CliRun none = train("--data", unannotated.toString());
        assertThat(none.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(none.errLines()).last().isEqualTo("whosaid: the training data holds no labeled unit: fill in the "
                + "label (or gold) column of some rows");
    }

    @Test
    void aClassifierThatIsNotLogLinearIsSaidToBeKeptSerialized() throws IOException {
        Path csv = Files.writeString(dir.resolve("g.csv"), rows("lost.txt"));
        CliRun run = train("--data", csv.toString(), "--classifier", "weka.classifiers.trees.J48");
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.err()).contains("whosaid: warning: weka.classifiers.trees.J48 is not log-linear: the model "
                + "file keeps it as a serialized Weka object");
    }

    @Test
    void aCalibrationFoldWithoutSomeLabelIsSaidToBeLeftOut() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), LENIN + " " + NARRATOR);
        Path b = Files.writeString(dir.resolve("b.txt"), NARRATOR + " " + NARRATOR);
        int l = LENIN.length();
        Files.writeString(dir.resolve("a.csv"), HEADER + a + ",0,0," + l + ",Lenin,true," + LENIN + "\n" + a + ",1,"
                + (l + 1) + "," + (l + 1 + NARRATOR.length()) + ",narrator,true," + NARRATOR + "\n");
        Files.writeString(dir.resolve("b.csv"), HEADER + b + ",0,0," + NARRATOR.length() + ",narrator,true,"
                + NARRATOR + "\n");
        CliRun run = CliRun.of("train", "--calibration-folds", "2", "--data", dir.resolve("a.csv").toString(),
                dir.resolve("b.csv").toString(), "-o", dir.resolve("m.model").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.err()).contains("whosaid: warning: calibration fold", "left out: every unit of [Lenin]");
    }
}
