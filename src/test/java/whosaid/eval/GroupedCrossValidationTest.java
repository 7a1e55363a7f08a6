package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import whosaid.TestModels;
import whosaid.io.BadInputException;
import whosaid.text.Unit;
import whosaid.train.LabeledPassage;

class GroupedCrossValidationTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private GroupedCrossValidation cv() {
        return new GroupedCrossValidation(LABELS, TestModels.SPEAKERS, TestModels.tinyOptions(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** The tiny works strung together as one hand-labeled passage whose voice switches. */
    private static LabeledPassage handLabeled(String id) {
        List<Unit> units = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (LabeledPassage work : TestModels.tinyCorpus()) {
            for (int i = 0; i < work.units().size(); i++) {
                Unit u = work.units().get(i);
                units.add(new Unit(id, units.size(), u.start(), u.end(), u.text(), u.kind(), 0, u.segmentCue()));
                labels.add(work.labels().get(i));
            }
        }
        return new LabeledPassage(id, id, units, labels, Collections.nCopies(units.size(), true), true);
    }

    @Test
    void leaveOneWorkOutTestsEveryWorkOnceBesideBothBaselines() {
        List<LabeledPassage> works = new ArrayList<>(TestModels.tinyCorpus());
        LabeledPassage first = works.get(0);
        List<String> withQuotation = new ArrayList<>(first.labels());
        withQuotation.set(0, null); // a quotation inside a work: neither trained nor tested
        works.set(0, new LabeledPassage(first.id(), first.group(), first.units(), withQuotation, first.certain(),
                false));
        List<LabeledPassage> data = new ArrayList<>(works);
        data.add(handLabeled("hand.txt")); // always trains, so every fold sees every voice
        Evaluation e = cv().run(data, new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 0, 3, 5),
                Map.of());
        assertThat(e.settings()).containsEntry("folds", "4 over 4 corpus works");
        // leave-one-out holds out one work per fold: nothing to splice without mixing folds
        assertThat(e.designs()).extracting(Design::name).containsExactly("held-out corpus works");
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).startsWith("no spliced passages"));
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).startsWith("work-level accuracy").contains(" of 4 = "));
        Design held = e.designs().get(0);
        assertThat(held.trials()).extracting(Trial::system)
                .containsExactly(Trial.MODEL, Trial.MODEL_ALONE, Trial.MAJORITY, Trial.NAIVE_BAYES);
        assertThat(held.trials()).allSatisfy(t -> assertThat(t.predictions())
                .extracting(Prediction::passage).containsExactlyElementsOf(works.stream()
                        .flatMap(w -> w.labels().stream().filter(Objects::nonNull).map(l -> w.id())).toList()));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("model: fold 4/4 trained (holding out ",
                "naive Bayes: fold 1/4 trained");
    }

    /** The tiny works, two sentences a paragraph, so that pages can be stitched from their paragraphs. */
    private static List<LabeledPassage> worksOfParagraphs() {
        List<LabeledPassage> works = new ArrayList<>();
        for (LabeledPassage w : TestModels.tinyCorpus()) {
            List<Unit> units = w.units().stream().map(u -> new Unit(u.passageId(), u.index(), u.start(), u.end(),
                    u.text(), u.kind(), u.index() / 2, u.segmentCue())).toList();
            works.add(new LabeledPassage(w.id(), w.group(), units, w.labels(), w.certain(), false));
        }
        return works;
    }

    @Test
    void passagesAreSplicedFromTheWorksOfOneFoldEachAndLabeledByItsModel() {
        List<LabeledPassage> data = new ArrayList<>(worksOfParagraphs());
        data.add(handLabeled("hand.txt"));
        Evaluation e = cv().run(data, new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 2, 1, 4),
                Map.of());
        assertThat(e.designs()).extracting(Design::name).containsExactly("held-out corpus works",
                "composed pages", "paragraph-spliced pages", "sentence-spliced passages");
        List<Prediction> composed = e.designs().get(1).trials().get(0).predictions();
        List<Prediction> stitched = e.designs().get(2).trials().get(0).predictions();
        List<Prediction> mixed = e.designs().get(3).trials().get(0).predictions();
        assertThat(composed).isNotEmpty().allSatisfy(p -> assertThat(p.passage()).matches("composed-[12]-\\d+"));
        assertThat(stitched).isNotEmpty().allSatisfy(p -> assertThat(p.passage()).matches("stitched-[12]-\\d+"));
        assertThat(mixed).hasSizeGreaterThanOrEqualTo(4 * GroupedCrossValidation.SPLICED_UNITS)
                .allSatisfy(p -> assertThat(p.passage()).matches("mixed-[12]-\\d+"));
        // a stitched page switches voice only at paragraph breaks: each of its paragraphs has one gold voice
        assertThat(stitched.stream().map(Prediction::gold).distinct().count()).isGreaterThan(1);
    }

    @Test
    void foldsTrainedInParallelGiveTheSamePredictionsAsOneAtATime() {
        List<LabeledPassage> data = new ArrayList<>(worksOfParagraphs());
        data.add(handLabeled("hand.txt"));
        GroupedCrossValidation.Plan plan = new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 2, 1,
                2);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Evaluation one = new GroupedCrossValidation(LABELS, TestModels.SPEAKERS,
                TestModels.tinyOptions().withCalibrationFolds(2).withThreads(1), quiet).run(data, plan, Map.of());
        Evaluation two = new GroupedCrossValidation(LABELS, TestModels.SPEAKERS,
                TestModels.tinyOptions().withCalibrationFolds(2).withThreads(2), quiet).run(data, plan, Map.of());
        for (int d = 0; d < one.designs().size(); d++) {
            assertThat(two.designs().get(d).trials().get(0).predictions())
                    .isEqualTo(one.designs().get(d).trials().get(0).predictions());
        }
    }

    @Test
    void aFoldThatWouldNeverSeeAVoiceIsRefused() {
        // one work per voice and nothing that always trains: holding a work out removes its voice
        assertThatThrownBy(() -> cv().run(TestModels.tinyCorpus(),
                new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 0, 1, 5), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("fold 1 of 4 would train without any "
                        + "unit of Lenin");
    }

    @Test
    void blocksOfAHandLabeledPassageAreTestedByModelsTrainedOnTheRest() {
        List<LabeledPassage> data = new ArrayList<>(TestModels.tinyCorpus());
        LabeledPassage passage = handLabeled("hand.txt");
        data.add(passage);
        Evaluation e = cv().run(data, new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.BLOCK, 2, 1, 5),
                Map.of());
        assertThat(e.designs()).extracting(Design::name).containsExactly("held-out blocks");
        List<Prediction> predictions = e.designs().get(0).trials().get(0).predictions();
        assertThat(predictions).hasSize(passage.units().size());
        assertThat(predictions).extracting(Prediction::passage).containsOnly("hand.txt#1", "hand.txt#2");
        assertThat(predictions).extracting(Prediction::gold).containsExactlyElementsOf(passage.labels());
    }

    @Test
    void passageGroupingNeedsSeveralHandLabeledPassages() {
        List<LabeledPassage> data = new ArrayList<>(TestModels.tinyCorpus());
        data.add(handLabeled("only.txt"));
        assertThatThrownBy(() -> cv().run(data,
                new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.PASSAGE, 0, 1, 5), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("try --group block");
        assertThatThrownBy(() -> cv().run(TestModels.tinyCorpus(),
                new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 5, 1, 5), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("between 2 and 4 folds");
    }

    @Test
    void aProgressBarIsSteppedOncePerTrainedFoldOfBothSystems() {
        java.util.concurrent.atomic.AtomicLong steps = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        whosaid.io.Progress counting = (name, n) -> {
            total.set(n);
            return new whosaid.io.Progress.Task() {
                @Override
                public void step() {
                    steps.incrementAndGet();
                }

                @Override
                public void close() {
                }
            };
        };
        List<LabeledPassage> data = new ArrayList<>(TestModels.tinyCorpus());
        data.add(handLabeled("hand.txt"));
        new GroupedCrossValidation(LABELS, TestModels.SPEAKERS, TestModels.tinyOptions(),
                new PrintStream(log, true, StandardCharsets.UTF_8), counting)
                .run(data, new GroupedCrossValidation.Plan(GroupedCrossValidation.Grouping.WORK, 0, 3, 0), Map.of());
        assertThat(total.get()).isEqualTo(8);
        assertThat(steps.get()).isEqualTo(8);
    }
}
