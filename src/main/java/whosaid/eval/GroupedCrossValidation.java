package whosaid.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import whosaid.io.BadInputException;
import whosaid.model.WhosaidModel;
import whosaid.text.Speakers;
import whosaid.train.FeaturizedPassage;
import whosaid.train.GroupFolds;
import whosaid.train.LabeledPassage;
import whosaid.train.Trainer;
import whosaid.train.TrainingOptions;

/**
 * {@code whosaid evaluate --cross-validate}: grouped folds over works, hand-labeled passages or blocks of them; the
 * model and both baselines trained and tested on the same folds. Never Weka's per-instance folds, which would put
 * sentences of one work on both sides.
 */
public final class GroupedCrossValidation {
    /** The length in units of a mixed passage spliced from held-out works. */
    static final int SPLICED_UNITS = 60;
    /** Runs of up to six consecutive units, as voices switch on a scraped page like the seed. */
    static final int SPLICED_MAX_RUN = 6;

    /** What a fold holds out. */
    public enum Grouping {
        /** Each corpus work; hand-labeled passages always train. */
        WORK,
        /** Each hand-labeled passage; the corpus always trains. */
        PASSAGE,
        /** Contiguous blocks of the hand-labeled passages; the corpus always trains. */
        BLOCK
    }

    /**
     * @param folds how many folds; 0 means one fold per group (leave one group out)
     * @param splicedPassages how many mixed passages to splice from held-out works (grouping by work only)
     */
    public record Plan(Grouping grouping, int folds, long seed, int splicedPassages, Quotes quotes) {
        public Plan(Grouping grouping, int folds, long seed, int splicedPassages) {
            this(grouping, folds, seed, splicedPassages, null);
        }
    }

    /**
     * Quotation gold to score too ({@code --quotes}), each file on its own, and the corpus its {@code corpus:} spans
     * point into.
     */
    public record Quotes(List<java.nio.file.Path> csvs, java.nio.file.Path corpus) {
        public Quotes {
            csvs = List.copyOf(csvs);
        }

        public Quotes(java.nio.file.Path csv, java.nio.file.Path corpus) {
            this(List.of(csv), corpus);
        }
    }

    private final List<String> labels;
    private final Trainer model;
    private final Trainer naiveBayes;
    private final int threads;
    private final List<String> speakerNames;
    private final PrintStream log;
    private final whosaid.io.Progress progress;

    public GroupedCrossValidation(List<String> labels, Speakers speakers, TrainingOptions options, PrintStream log) {
        this(labels, speakers, options, log, whosaid.io.Progress.none());
    }

    /** @param progress shown the folds as they are trained (a bar on a terminal) */
    public GroupedCrossValidation(List<String> labels, Speakers speakers, TrainingOptions options, PrintStream log,
                                  whosaid.io.Progress progress) {
        this.labels = List.copyOf(labels);
        this.model = new Trainer(labels, speakers, options);
        this.naiveBayes = new Trainer(labels, speakers, Baselines.naiveBayes(options));
        this.threads = options.threads();
        this.speakerNames = speakers.all().stream().map(whosaid.text.Speakers.Speaker::label).toList();
        this.log = log;
        this.progress = progress;
    }

    /** The passages as folds see them, and the fold of each tested group (untested groups always train). */
    record Folds(List<LabeledPassage> passages, Map<String, Integer> foldOfGroup, int count, String unit) {
    }

    public Evaluation run(List<LabeledPassage> passages, Plan plan, Map<String, String> settings) {
        Folds folds = switch (plan.grouping()) {
            case WORK -> groups(passages, p -> !p.handLabeled(), plan, "corpus work");
            case PASSAGE -> groups(passages, LabeledPassage::handLabeled, plan, "hand-labeled passage");
            case BLOCK -> blocks(passages, plan);
        };
        requireEveryLabelInTraining(folds);
        log.println("cross-validating: " + folds.count() + " folds over " + folds.foldOfGroup().size() + " "
                + folds.unit() + "s; extracting features ...");
        List<FeaturizedPassage> data = model.featurize(folds.passages());
        List<FeaturizedPassage> words = naiveBayes.featurize(folds.passages());
        List<WhosaidModel> models;
        List<WhosaidModel> baselines;
        CrossValidation cv;
        CrossValidation nb;
        try (whosaid.io.Progress.Task bar = progress.start("folds", 2L * folds.count())) {
            cv = new CrossValidation(model, threads, progress(folds, "model").andThen(f -> bar.step()));
            nb = new CrossValidation(naiveBayes, threads, progress(folds, "naive Bayes").andThen(f -> bar.step()));
            models = cv.trainFolds(data, folds.foldOfGroup());
            baselines = nb.trainFolds(words, folds.foldOfGroup());
        }
        List<String> majority = majorityPerFold(folds);
        Map<String, Integer> foldOfPassage = new HashMap<>();
        folds.passages().forEach(p -> foldOfPassage.put(p.id(), folds.foldOfGroup().get(p.group())));

        List<String> notes = new ArrayList<>();
        List<Design> designs = new ArrayList<>();
        CrossValidation.Scored whole = cv.wholePassages(data, folds.foldOfGroup(), models);
        List<Prediction> wholeNaiveBayes = nb.wholePassages(words, folds.foldOfGroup(), baselines).withoutContext();
        designs.add(design("held-out " + folds.unit() + "s",
                "each " + folds.unit() + " labeled whole by the model of the fold that never saw it",
                whole, wholeNaiveBayes, p -> majority.get(foldOfPassage.get(p.passage()))));
        if (plan.grouping() == Grouping.WORK) {
            notes.add(WorkLevel.note(folds.passages(), whole.frames(), labels));
            java.util.function.Predicate<String> encyclopedia = id -> id.contains("wikipedia");
            if (whole.withContext().stream().anyMatch(p -> encyclopedia.test(p.passage()))) {
                designs.add(design("encyclopedia articles", "the held-out works that are encyclopedia articles "
                                + "(narrator pages that talk about the voices), as labeled above",
                        whole.only(encyclopedia), wholeNaiveBayes.stream()
                                .filter(p -> encyclopedia.test(p.passage())).toList(),
                        p -> majority.get(foldOfPassage.get(p.passage()))));
            }
        }
        if (plan.grouping() == Grouping.WORK && plan.splicedPassages() > 0) {
            designs.addAll(spliced(folds, plan, cv, nb, models, baselines, majority, notes));
        }
        if (plan.quotes() != null) {
            for (int i = 0; i < plan.quotes().csvs().size(); i++) {
                java.nio.file.Path csv = plan.quotes().csvs().get(i);
                // the first file keeps the plain name; any other is named by its file, its figures apart
                String name = i == 0 ? "quotations" : "quotations of " + csv.getFileName();
                designs.addAll(quotations(name, csv, plan.quotes().corpus(), data, folds, models, notes));
            }
        }
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("folds", folds.count() + " over " + folds.foldOfGroup().size() + " " + folds.unit() + "s");
        return new Evaluation("cross-validation by " + folds.unit(), all, labels, designs, notes);
    }

    /**
     * Passages spliced from held-out works, each from the works of one fold only, so that the fold's model saw none
     * of its sources: runs of a few sentences (voices switching mid-paragraph, the floor of telling sentences
     * apart), and pages stitched at paragraph breaks as a scraped page joins texts.
     */
    private List<Design> spliced(Folds folds, Plan plan, CrossValidation cv, CrossValidation nb,
                                 List<WhosaidModel> models, List<WhosaidModel> baselines, List<String> majority,
                                 List<String> notes) {
        Map<Integer, List<LabeledPassage>> worksOfFold = new TreeMap<>();
        for (LabeledPassage p : folds.passages()) {
            Integer f = folds.foldOfGroup().get(p.group());
            if (f != null && !p.handLabeled()) {
                worksOfFold.computeIfAbsent(f, x -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> mixed = worksOfFold.entrySet().stream()
                .filter(e -> e.getValue().stream().map(w -> w.labels().stream().filter(Objects::nonNull)
                        .findFirst().orElse("")).distinct().count() >= 2)
                .map(Map.Entry::getKey).toList();
        if (mixed.isEmpty()) {
            notes.add("no spliced passages: every fold holds out works of one voice only (leave-one-out); splice "
                    + "with folds of several works, e.g. --cross-validate 5 --group work");
            return List.of();
        }
        int perFold = (plan.splicedPassages() + mixed.size() - 1) / mixed.size();
        List<Splicer.Spliced> sentences = new ArrayList<>();
        List<Splicer.Spliced> stitched = new ArrayList<>();
        for (int f : mixed) {
            sentences.addAll(Splicer.splice(worksOfFold.get(f), perFold, SPLICED_UNITS, SPLICED_MAX_RUN,
                    plan.seed() + f, "mixed-" + (f + 1) + "-"));
            stitched.addAll(Splicer.spliceParagraphs(worksOfFold.get(f), perFold, plan.seed() + f,
                    "stitched-" + (f + 1) + "-"));
        }
        List<Composer.Composed> composed = new ArrayList<>();
        for (int f : mixed) {
            composed.addAll(Composer.compose(worksOfFold.get(f), perFold, plan.seed() + f, "composed-" + (f + 1) + "-",
                    speakerNames));
        }
        Map<String, Integer> foldOfComposed = new HashMap<>();
        composed.forEach(c -> foldOfComposed.put(c.passage().id(), folds.foldOfGroup().get(c.frameGroup())));
        Map<String, Splicer.Spliced> byId = new HashMap<>();
        sentences.forEach(s -> byId.put(s.passage().id(), s));
        stitched.forEach(s -> byId.put(s.passage().id(), s));
        Function<Prediction, String> majorityOf =
                p -> majority.get(folds.foldOfGroup().get(byId.get(p.passage()).sourceGroups().get(p.unit())));
        return List.of(
                design("composed pages", composed.size() + " pages of 8-14 sentences of a held-out work in 2-5 "
                                + "paragraphs quoting 1-3 passages of held-out works of other voices of the same fold, "
                                + "introduced as \"X wrote: '...'\", \"As X put it, '...'\", \"'...,' X declared.\", "
                                + "a block after \"X wrote:\", or \"In the words of X: ...\" without marks; the "
                                + "introducer is the frame's; each gold span takes the label of the unit covering most "
                                + "of it", cv.composedPages(composed, folds.foldOfGroup(), models),
                        nb.composedPages(composed, folds.foldOfGroup(), baselines).withoutContext(),
                        p -> majority.get(foldOfComposed.get(p.passage()))),
                design("paragraph-spliced pages", stitched.size() + " pages stitched at paragraph breaks from "
                                + "held-out works of one fold: 2-4 sections of 2-5 paragraphs, each of another voice; "
                                + "labeled whole by that fold's model", cv.splicedPassages(stitched,
                                folds.foldOfGroup(), models),
                        nb.splicedPassages(stitched, folds.foldOfGroup(), baselines).withoutContext(), majorityOf),
                design("sentence-spliced passages", sentences.size() + " passages of about " + SPLICED_UNITS
                                + " units, runs of 1-" + SPLICED_MAX_RUN + " consecutive units of held-out works of "
                                + "one fold, voices switching mid-paragraph; labeled whole by that fold's model",
                        cv.splicedPassages(sentences, folds.foldOfGroup(), models),
                        nb.splicedPassages(sentences, folds.foldOfGroup(), baselines).withoutContext(), majorityOf));
    }

    /**
     * Quotation spans: those in a corpus work labeled by the model of the fold that held the work out; those in
     * any other text by a model trained on everything but that text.
     */
    private List<Design> quotations(String name, java.nio.file.Path csv, java.nio.file.Path corpus,
                                    List<FeaturizedPassage> data, Folds folds, List<WhosaidModel> models,
                                    List<String> notes) {
        List<QuoteGold> spans = QuoteGold.read(csv, labels);
        Map<String, FeaturizedPassage> byId = new HashMap<>();
        data.forEach(p -> byId.put(p.passage().id(), p));
        Map<String, List<whosaid.label.LabeledUnit>> withContext = new HashMap<>();
        Map<String, List<whosaid.label.LabeledUnit>> alone = new HashMap<>();
        // what each source was labeled with, to label it again with one sieve off
        Map<String, java.util.function.Function<java.util.Set<whosaid.quote.Sieve>,
                List<whosaid.label.LabeledUnit>>> relabel = new HashMap<>();
        for (QuoteGold g : spans) {
            if (withContext.containsKey(g.source())) {
                continue;
            }
            whosaid.label.Labeler labeler;
            whosaid.text.Passage passage = null;
            FeaturizedPassage work = g.inCorpus() ? byId.get(g.corpusPath()) : null;
            if (g.inCorpus()) {
                Integer fold = work == null ? null : folds.foldOfGroup().get(work.passage().group());
                if (fold == null) {
                    throw new BadInputException(csv + ":" + g.line() + ": " + g.source()
                            + " is not a corpus work held out by these folds");
                }
                labeler = new whosaid.label.Labeler(models.get(fold));
            } else {
                java.nio.file.Path file = g.file(corpus, csv);
                passage = new whosaid.text.Passage(g.source(), whosaid.io.PassageText.read(file));
                String id = g.source();
                log.println("  quotations in " + id + ": training a model without it ...");
                labeler = new whosaid.label.Labeler(model.train(data.stream()
                        .filter(p -> !sourceOf(p.passage().id()).equals(id)).toList(), Trainer.NO_METADATA));
            }
            withContext.put(g.source(), work != null ? labeler.label(work.featurized(), true) : labeler.label(passage, true));
            alone.put(g.source(), work != null ? labeler.label(work.featurized(), false) : labeler.label(passage, false));
            WhosaidModel used = labeler.model();
            whosaid.text.Passage text = passage;
            relabel.put(g.source(), off -> work != null
                    ? new whosaid.label.Labeler(used, off).label(work.featurized(), true)
                    : new whosaid.label.Labeler(used, off).label(text, true));
        }
        notes.addAll(QuoteEvaluation.notes(name, QuoteEvaluation.sieves(spans, withContext)));
        notes.addAll(QuoteEvaluation.ablation(name, spans, withContext, off -> {
            Map<String, List<whosaid.label.LabeledUnit>> without = new HashMap<>();
            relabel.forEach((source, label) -> without.put(source, label.apply(off)));
            return without;
        }));
        List<Design> designs = new ArrayList<>();
        designs.add(QuoteEvaluation.design(name, spans.size() + " quotation spans of " + csv + "; each takes "
                + "the label of the unit covering most of it, labeled by a model that never saw its text", spans,
                withContext, alone));
        List<QuoteGold> named = spans.stream().filter(QuoteGold::speakerNamed).toList();
        if (!named.isEmpty() && named.size() < spans.size()) {
            designs.add(QuoteEvaluation.design(name + " whose speaker is named", named.size() + " of those spans, "
                    + "whose introducer the annotator marked named or other-named (the speaker's name is in the "
                    + "introducing sentence or the frame)", named, withContext, alone));
        }
        List<QuoteGold> outside = spans.stream().filter(g -> !g.inCorpus()).toList();
        if (!outside.isEmpty() && outside.size() < spans.size()) {
            designs.add(QuoteEvaluation.design(name + " outside the corpus", outside.size() + " of those spans, "
                    + "in texts that are not corpus works (the seed passage), each by a model trained without it",
                    outside, withContext, alone));
        }
        return designs;
    }

    private Design design(String name, String description, CrossValidation.Scored scored,
                          List<Prediction> naiveBayesAlone, Function<Prediction, String> majorityOf) {
        return new Design(name, description, List.of(
                new Trial(Trial.MODEL, scored.withContext()),
                new Trial(Trial.MODEL_ALONE, scored.withoutContext()),
                new Trial(Trial.MAJORITY, Baselines.majority(scored.withoutContext(), majorityOf)),
                new Trial(Trial.NAIVE_BAYES, naiveBayesAlone)));
    }

    private IntConsumer progress(Folds folds, String system) {
        Map<Integer, List<String>> groupsOfFold = new TreeMap<>();
        folds.foldOfGroup().forEach((g, f) -> groupsOfFold.computeIfAbsent(f, x -> new ArrayList<>()).add(g));
        return f -> {
            List<String> held = groupsOfFold.get(f);
            log.println("  " + system + ": fold " + (f + 1) + "/" + folds.count() + " trained (holding out "
                    + (held.size() == 1 ? held.get(0) : held.size() + " " + folds.unit() + "s") + ")");
        };
    }

    private static Folds groups(List<LabeledPassage> passages, Predicate<LabeledPassage> tested,
                                Plan plan, String unit) {
        List<String> groups = passages.stream().filter(tested).map(LabeledPassage::group).distinct().toList();
        if (groups.size() < 2) {
            throw new BadInputException("cross-validation by " + unit + " needs at least 2 of them, the data has "
                    + groups.size() + (plan.grouping() == Grouping.PASSAGE ? " (try --group block)" : ""));
        }
        return new Folds(passages, foldOf(groups, plan), plan.folds() == 0 ? groups.size() : plan.folds(), unit);
    }

    private static Map<String, Integer> foldOf(List<String> groups, Plan plan) {
        if (plan.folds() == 0) {
            Map<String, Integer> fold = new LinkedHashMap<>();
            new TreeSet<>(groups).forEach(g -> fold.put(g, fold.size()));
            return fold;
        }
        if (plan.folds() < 2 || plan.folds() > groups.size()) {
            throw new BadInputException("--cross-validate " + plan.folds() + ": between 2 and " + groups.size()
                    + " folds (or 0/loo for one per group)");
        }
        return GroupFolds.assign(groups, plan.folds(), plan.seed());
    }

    /** The passage a block was cut from ("seed.txt#2" is a block of "seed.txt"). */
    private static String sourceOf(String passageId) {
        int hash = passageId.lastIndexOf('#');
        return hash < 0 ? passageId : passageId.substring(0, hash);
    }

    /** Each hand-labeled passage cut into as many contiguous blocks as folds; block b of every passage is fold b. */
    private static Folds blocks(List<LabeledPassage> passages, Plan plan) {
        int k = plan.folds();
        List<LabeledPassage> cut = new ArrayList<>();
        Map<String, Integer> fold = new LinkedHashMap<>();
        for (LabeledPassage p : passages) {
            if (!p.handLabeled()) {
                cut.add(p);
                continue;
            }
            int n = p.units().size();
            if (k < 2 || k > n) {
                throw new BadInputException("--group block: --cross-validate must be between 2 and the units of the "
                        + "shortest hand-labeled passage (" + p.id() + ": " + n + "), not " + k);
            }
            for (int b = 0; b < k; b++) {
                int from = b * n / k;
                int to = (b + 1) * n / k;
                String id = p.id() + "#" + (b + 1);
                cut.add(new LabeledPassage(id, id, p.units().subList(from, to), p.labels().subList(from, to),
                        p.certain().subList(from, to), true));
                fold.put(id, b);
            }
        }
        if (fold.isEmpty()) {
            throw new BadInputException("--group block needs hand-labeled passages (--data)");
        }
        return new Folds(cut, fold, k, "block");
    }

    /**
     * A fold whose training data lacks a voice can never predict it (and LIBLINEAR refuses class weights for a
     * class it does not see): say which fold, rather than fail inside Weka.
     */
    private void requireEveryLabelInTraining(Folds folds) {
        for (int f = 0; f < folds.count(); f++) {
            Set<String> missing = new TreeSet<>(labels);
            for (LabeledPassage p : folds.passages()) {
                if (!Integer.valueOf(f).equals(folds.foldOfGroup().get(p.group()))) {
                    p.labels().stream().filter(Objects::nonNull).forEach(missing::remove);
                }
            }
            if (!missing.isEmpty()) {
                throw new BadInputException("fold " + (f + 1) + " of " + folds.count() + " would train without any "
                        + "unit of " + String.join(", ", missing) + ": every " + folds.unit() + " of that voice is "
                        + "held out; use more folds, another --seed, or hand-labeled data (--data) that always trains");
            }
        }
    }

    /** The most frequent label of the units each fold trains on. */
    private List<String> majorityPerFold(Folds folds) {
        List<String> majority = new ArrayList<>();
        for (int f = 0; f < folds.count(); f++) {
            Map<String, Long> counts = new HashMap<>();
            for (LabeledPassage p : folds.passages()) {
                if (!Integer.valueOf(f).equals(folds.foldOfGroup().get(p.group()))) {
                    p.labels().stream().filter(Objects::nonNull).forEach(l -> counts.merge(l, 1L, Long::sum));
                }
            }
            majority.add(Baselines.majority(labels, counts));
        }
        return majority;
    }
}
