package whosaid.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.converters.ArffLoader;
import whosaid.TestModels;
import whosaid.io.CsvTable;
import whosaid.io.GoldRow;
import whosaid.io.LabeledCsv;
import whosaid.label.LabeledUnit;
import whosaid.label.Labeler;
import whosaid.model.WhosaidModel;
import whosaid.text.Passage;
import whosaid.text.Segmenter;
import whosaid.train.LabeledPassage;
import whosaid.train.TrainingRun;

/** dataset → fill gold → train → label, and the ARFF file, with a model trained in a second. */
class DatasetRoundTripTest {
    private static final String PASSAGE = """
            Lenin and Trotsky met in London in 1902. Lenin wrote to the congress: "The proletariat needs the \
            state only temporarily, comrades." The delegates were not convinced by this at all.

            Stalin answered him: "A nation is a historically constituted, stable community of people." \
            The congress was held in London in August. I remember the winter evenings in the prison cell.
            """;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static WhosaidModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainTinyModel() {
        model = TestModels.tiny();
    }

    private Path passage() throws IOException {
        Path text = dir.resolve("seed.txt");
        Files.writeString(text, PASSAGE, StandardCharsets.UTF_8);
        return text;
    }

    private DatasetRun.Summary dataset(Selection selection, Path csv, Path arff) throws IOException {
        return new DatasetRun(new Labeler(model), true, StandardCharsets.UTF_8, 2).run(
                List.of(passage().toString()), new ByteArrayInputStream(new byte[0]), selection,
                new DatasetRun.Output(csv, arff, false), QUIET);
    }

    @Test
    void everyUnitBecomesARowWithEmptyAnnotationColumns() throws IOException {
        Path csv = dir.resolve("d.csv");
        DatasetRun.Summary summary = dataset(Selection.all(), csv, null);
        CsvTable table = CsvTable.read(csv);
        assertThat(table.header()).containsExactly("passage", "unit", "start", "end", "text", "prev_text",
                "next_text", "label", "confidence", "p_Lenin", "p_Stalin", "p_Trotsky", "p_narrator", "cue", "gold",
                "certain");
        int units = new Segmenter().segment(new Passage(passage().toString(), PASSAGE)).size();
        assertThat(summary.units()).isEqualTo(units);
        assertThat(table.rows()).hasSize(units);
        assertThat(table.rows()).allSatisfy(r -> {
            assertThat(r.get(14)).isEmpty();
            assertThat(r.get(15)).isEmpty();
            int start = Integer.parseInt(r.get(2));
            int end = Integer.parseInt(r.get(3));
            assertThat(PASSAGE.substring(start, end)).isEqualTo(r.get(4));
        });
        assertThat(table.rows().get(1).get(5)).isEqualTo(table.rows().get(0).get(4));
        assertThat(table.rows().get(0).get(6)).isEqualTo(table.rows().get(1).get(4));
        assertThat(LabeledCsv.read(csv, Set.of())).as("nothing annotated yet, nothing to train on").isEmpty();
    }

    @Test
    void quotesOnlyWritesAQuotationTable() throws IOException {
        Path csv = dir.resolve("q.csv");
        dataset(new Selection(null, 1, false, null, Uncertainty.MARGIN, null, null, true), csv, null);
        CsvTable table = CsvTable.read(csv);
        assertThat(table.header()).startsWith("passage", "unit", "start", "end", "quote_text", "introducer_text",
                "speaker", "confidence");
        assertThat(table.rows()).extracting(r -> r.get(4)).containsExactly(
                "\"The proletariat needs the state only temporarily, comrades.\"",
                "\"A nation is a historically constituted, stable community of people.\"");
        assertThat(table.rows()).extracting(r -> r.get(5))
                .containsExactly("Lenin wrote to the congress:", "Stalin answered him:");
        assertThat(table.rows()).extracting(r -> r.get(6)).allMatch(model.labels()::contains);
    }

    @Test
    void aTwoWordIntroducerOfAMarkedQuotationHasItsOwnColumn() throws IOException {
        Path text = dir.resolve("short-introducer.txt");
        Files.writeString(text, "The delegates waited in silence.\n\nLenin wrote: \"We must seize power now.\"\n",
                StandardCharsets.UTF_8);
        Path csv = dir.resolve("short-introducer.csv");
        new DatasetRun(new Labeler(model), true, StandardCharsets.UTF_8, 1).run(List.of(text.toString()),
                new ByteArrayInputStream(new byte[0]), new Selection(null, 1, false, null, Uncertainty.MARGIN, null,
                        null, true), new DatasetRun.Output(csv, null, false), QUIET);
        CsvTable table = CsvTable.read(csv);
        assertThat(table.rows()).extracting(r -> r.get(4) + "|" + r.get(5) + "|" + r.get(6))
                .containsExactly("\"We must seize power now.\"|Lenin wrote:|Lenin");
    }

    @Test
    void anAnnotatedDatasetTrainsAModelThatLabels() throws IOException {
        Path csv = dir.resolve("d.csv");
        dataset(Selection.all(), csv, null);
        CsvTable table = CsvTable.read(csv);
        int gold = table.column("gold");
        int certain = table.column("certain");
        List<String> annotations = List.of("narrator", "narrator", "Lenin", "narrator", "", "Stalin", "narrator",
                "Trotsky");
        List<CsvTable.Row> annotated = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = new ArrayList<>(table.rows().get(i).values());
            cells.set(gold, i < annotations.size() ? annotations.get(i) : "");
            cells.set(certain, i == 3 ? "false" : "");
            annotated.add(new CsvTable.Row(0, cells));
        }
        Path filled = dir.resolve("annotated.csv");
        new CsvTable("annotated.csv", table.header(), annotated).write(filled, false);

        List<GoldRow> rows = LabeledCsv.read(filled, Set.copyOf(model.labels()));
        assertThat(rows).extracting(GoldRow::label).containsExactly("narrator", "narrator", "Lenin", "narrator",
                "Stalin", "narrator", "Trotsky");
        assertThat(rows.get(3).certain()).isFalse();

        Path corpus = tinyCorpusDir();
        TrainingRun.Sources sources = new TrainingRun.Sources(List.of(filled.toString()), corpus,
                TestModels.SPEAKERS, null);
        List<LabeledPassage> data = TrainingRun.read(sources, new Segmenter());
        LabeledPassage handLabeled = data.stream().filter(LabeledPassage::handLabeled).findFirst().orElseThrow();
        assertThat(handLabeled.labels().stream().filter(java.util.Objects::nonNull).count())
                .as("the unit left without gold is not trained on").isEqualTo(7);

        WhosaidModel retrained = TrainingRun.train(sources, TestModels.tinyOptions(), QUIET);
        assertThat(retrained.labels()).containsExactly("Lenin", "Stalin", "Trotsky", "narrator");
        List<LabeledUnit> labeled = new Labeler(retrained).label(new Passage("x", PASSAGE), true);
        assertThat(labeled).isNotEmpty().allSatisfy(u -> assertThat(retrained.labels()).contains(u.label()));
    }

    @Test
    void theArffFileHoldsTheSelectedRowsInCsvOrderAndWekaReadsIt() throws IOException {
        Path csv = dir.resolve("s.csv");
        Path arff = dir.resolve("s.arff");
        dataset(new Selection(4, 3, false, null, Uncertainty.MARGIN, null, null, false), csv, arff);
        CsvTable table = CsvTable.read(csv);
        ArffLoader loader = new ArffLoader();
        loader.setFile(arff.toFile());
        Instances data = loader.getDataSet();
        data.setClassIndex(data.numAttributes() - 1);
        assertThat(data.numInstances()).isEqualTo(table.rows().size()).isEqualTo(4);
        assertThat(data.numAttributes()).isEqualTo(model.space().size() + 1);
        assertThat(data.classAttribute().name()).isEqualTo("voice");
        assertThat(data.instance(0)).isInstanceOf(SparseInstance.class);
        for (int i = 0; i < data.numInstances(); i++) {
            assertThat(data.instance(i).stringValue(data.classIndex())).isEqualTo(table.rows().get(i).get(7));
            assertThat(data.instance(i).numValues()).as("sparse: only the unit's features are stored")
                    .isLessThan(data.numAttributes());
        }
    }

    /** The tiny model's training texts as a corpus directory, DIR/<label>/work.txt. */
    private Path tinyCorpusDir() throws IOException {
        Path corpus = dir.resolve("corpus");
        for (LabeledPassage p : TestModels.tinyCorpus()) {
            Path file = corpus.resolve(p.id());
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join(" ", p.units().stream().map(u -> u.text()).toList()));
        }
        return corpus;
    }

}
