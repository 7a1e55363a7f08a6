package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import whosaid.TestModels;
import whosaid.io.BadInputException;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;
import whosaid.model.ModelFile;

/**
 * A labeled CSV damaged at random (bytes changed, runs deleted, quotation marks, commas, line breaks and numbers
 * inserted, the file cut short) is either read, every row then lying where its offsets point, or refused in one
 * line with exit status 2: never a stack trace, never an internal error. Each reader is tried: train --data,
 * evaluate --gold and --compare, dataset --exclude and dataset merge.
 */
class DamagedLabeledCsvPropertiesTest {
    private static final List<String> INSERTS = List.of("\"", "\"\"", ",", "\n", "\r\n", "0", "7", "-1",
            "99999999999", "1.5", "x", "'", " ", "\uFEFF");
    private static final Pattern SPACES = Pattern.compile("[\\s\\x1C-\\x1F\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private static Path root;
    private static Path model;
    private static int tries;

    /** One change to the file's bytes, at a fraction {@code where} of its length. */
    record Damage(int kind, double where, int size, int value, String insert) {
        byte[] apply(byte[] bytes) {
            int at = (int) (where * bytes.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> { // a byte changed
                    byte[] copy = bytes.clone();
                    if (at < copy.length) {
                        copy[at] = (byte) value;
                    }
                    return copy;
                }
                case 1 -> { // a run deleted
                    out.write(bytes, 0, at);
                    int resume = Math.min(bytes.length, at + size);
                    out.write(bytes, resume, bytes.length - resume);
                }
                case 2 -> { // quotation marks, commas, line breaks or numbers inserted
                    out.write(bytes, 0, at);
                    out.writeBytes(insert.getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, at, bytes.length - at);
                }
                default -> out.write(bytes, 0, at); // cut short
            }
            return out.toByteArray();
        }
    }

    @BeforeContainer
    static void saveModel() throws IOException {
        root = Files.createTempDirectory("damaged-csv");
        model = root.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), model);
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        Arbitrary<Damage> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 255), Arbitraries.of(INSERTS)).as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** A fresh folder with the passage and the labeled CSV, damaged. */
    private static Path damagedCsv(List<Damage> damage) throws IOException {
        Path dir = Files.createDirectory(root.resolve("try-" + ++tries));
        Path csv = LabeledFixture.write(dir, false);
        byte[] bytes = Files.readAllBytes(csv);
        for (Damage d : damage) {
            bytes = d.apply(bytes);
        }
        Files.write(csv, bytes);
        return csv;
    }

    @Property(tries = 300)
    void whatIsReadLiesWhereItsOffsetsPoint(@ForAll("damage") List<Damage> damage) throws IOException {
        Path csv = damagedCsv(damage);
        List<GoldRow> rows;
        try {
            rows = LabeledCsv.read(csv, Set.of());
        } catch (BadInputException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n").startsWith(csv.toString());
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("read");
        int[] passage = Files.readString(csv.resolveSibling("p.txt")).codePoints().toArray();
        for (GoldRow row : rows) {
            if (row.hasOffsets() && PassageFound.in(row, csv)) {
                assertThat(row.end()).isLessThanOrEqualTo(passage.length);
                String here = squeezed(new String(passage, row.start(), row.end() - row.start()));
                String cell = row.text();
                assertThat(here).as(csv + ":" + row.line()).isIn(squeezed(cell),
                        cell.startsWith("'") ? squeezed(cell.substring(1)) : squeezed(cell));
            }
        }
    }

    @Property(tries = 40)
    void everyReaderGivesAResultOrOneLineWithExitStatus2(@ForAll("damage") List<Damage> damage) throws IOException {
        Path csv = damagedCsv(damage);
        Path out = Files.createDirectory(csv.resolveSibling("out"));
        for (List<String> args : LabeledCsvReadersTest.readers(csv, model, out)) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String what = String.join(" ", args) + "\n" + run.err();
            assertThat(run.exit()).as(what).isIn(Main.OK, Main.BAD_INPUT);
            String reader = args.get(0) + " " + (args.contains("--exclude") ? "--exclude" : args.get(1));
            Statistics.label(reader).collect(run.exit() == Main.OK ? "result" : "refused");
            assertThat(run.err()).as(what).doesNotContain("internal error").doesNotContain("\tat ")
                    .doesNotContain("Exception");
            if (run.exit() == Main.BAD_INPUT) {
                assertThat(run.errLines().stream().filter(l -> l.startsWith("whosaid: ")).toList()).as(what)
                        .hasSize(1);
            }
        }
    }

    private static String squeezed(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Whether the row names the fixture's passage (damage may have changed the name: then nothing is checked). */
    private static final class PassageFound {
        static boolean in(GoldRow row, Path csv) {
            return Path.of(row.passage()).equals(csv.resolveSibling("p.txt"));
        }
    }
}
