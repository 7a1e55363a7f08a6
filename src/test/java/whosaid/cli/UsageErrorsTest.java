package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A usage error is one line in the user's words, with a suggestion where a near name exists: no parser jargon. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    private static String oneLine(CliRun run) {
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.out()).isEmpty();
        String line = run.errLines().get(0);
        assertThat(line).doesNotContain("  ", "Unmatched", "index", "Exception", "Expected parameter");
        return line;
    }

    @Test
    void aMisspelledVerbGetsTheVerbItWasMeantAs() {
        assertThat(oneLine(CliRun.of("lable", "seed.txt"))).isEqualTo("whosaid: 'lable' is not a verb of whosaid "
                + "(verbs: label, train, evaluate, dataset, bench, corpus); did you mean label? (see 'whosaid help')");
        assertThat(oneLine(CliRun.of("help", "lable"))).isEqualTo("whosaid: 'lable' is not a verb of whosaid "
                + "(verbs: label, train, evaluate, dataset, bench, corpus); did you mean label? (see 'whosaid help')");
        assertThat(oneLine(CliRun.of("evalute"))).contains("did you mean evaluate?");
        assertThat(oneLine(CliRun.of("frobnicate"))).doesNotContain("did you mean")
                .startsWith("whosaid: 'frobnicate' is not a verb of whosaid");
    }

    @Test
    void aMisspelledDatasetVerbIsNotTakenForAPassage() {
        assertThat(oneLine(CliRun.of("dataset", "statz", "f.csv"))).isEqualTo("whosaid: 'statz' is not a verb of "
                + "whosaid dataset nor a file (verbs: merge, reanchor, stats); did you mean stats? (see 'whosaid dataset --help')");
    }

    @Test
    void anUnknownOptionAfterAnOptionOfSeveralValuesIsAnOption() throws IOException {
        Path gold = Files.writeString(dir.resolve("g.csv"), "passage,unit,label,text\n");
        assertThat(oneLine(CliRun.of("evaluate", "--gold", gold.toString(), "--htm", dir.resolve("r").toString())))
                .isEqualTo("whosaid: unknown option --htm of 'whosaid evaluate'; did you mean --html? "
                        + "(see 'whosaid evaluate --help')");
        assertThat(oneLine(CliRun.of("label", "--treads", "2", "x.txt"))).isEqualTo("whosaid: unknown option "
                + "--treads of 'whosaid label'; did you mean --threads? (see 'whosaid label --help')");
    }

    @Test
    void anUnknownEncodingIsSaidWithoutJavaText() {
        assertThat(oneLine(CliRun.of("label", "--encoding", "latin9x", "x.txt"))).isEqualTo("whosaid: --encoding: "
                + "'latin9x' is not an encoding this Java knows (for example UTF-8, windows-1252, ISO-8859-1, "
                + "ISO-8859-15, UTF-16) (see 'whosaid label --help')");
        assertThat(oneLine(CliRun.of("train", "--threads", "x", "-o", "m.model"))).isEqualTo("whosaid: --threads: "
                + "'x' is not a whole number (see 'whosaid train --help')");
    }

    @Test
    void helpForEvaluateKeepsEachParenthesisOnOneLine() {
        CliRun help = CliRun.of("help", "evaluate");
        assertThat(help.exit()).isZero();
        java.util.List<String> lines = help.out().lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Measure")).findFirst().orElseThrow());
        int last = lines.indexOf(lines.stream().filter(l -> l.startsWith("      --")).findFirst().orElseThrow());
        assertThat(lines.subList(first, last)).isNotEmpty().allSatisfy(line -> {
            assertThat(line.chars().filter(c -> c == '(').count()).isEqualTo(line.chars().filter(c -> c == ')').count());
            assertThat(line.length()).isLessThanOrEqualTo(80);
        });
    }

    @Test
    void compareNamesEachFileByItsPathSoTwoSeedCsvsDiffer() throws IOException {
        String csv = "passage,unit,label,certain,text\np,0,Lenin,true,s0\np,1,narrator,true,s1\n";
        Path a = Files.writeString(Files.createDirectories(dir.resolve("annotator-a")).resolve("seed.csv"), csv);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("annotator-b")).resolve("seed.csv"), csv);
        CliRun run = CliRun.of("evaluate", "--compare", a.toString(), b.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(b.toString()).doesNotContain("== seed.csv").doesNotContain(" seed.csv ");
    }
}
