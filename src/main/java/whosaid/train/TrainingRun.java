package whosaid.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import whosaid.Version;
import whosaid.io.Anchoring;
import whosaid.io.BadInputException;
import whosaid.io.Fallback;
import whosaid.io.Progress;
import whosaid.model.LinearScorer;
import whosaid.model.ModelMetadata;
import whosaid.model.WhosaidModel;
import whosaid.text.Segmenter;
import whosaid.text.Speakers;

/** {@code whosaid train}: reads the labeled data and the corpus, trains, and writes the model file. */
public final class TrainingRun {
    /**
     * Below this many labeled units a voice is hardly learned (the calibration folds hold out a quarter of them, and a
     * few sentences say more about their topic than their author): training says so.
     */
    public static final int MIN_UNITS_PER_LABEL = 20;

    private TrainingRun() {
    }

    /**
     * Where the training data comes from, and how hand-labeled rows are held to their passages.
     *
     * @param fallback told where the data is trained on in a weaker way than asked (see {@link Fallback})
     * @param anchoring checked, or moved to where their text now is
     */
    public record Sources(List<String> labeledCsv, Path corpus, Speakers speakers, Path speakersFile,
                          Fallback fallback, Anchoring anchoring) {
        /** Fallbacks said on standard error; hand-labeled rows whose text is not where their offsets point refused. */
        public Sources(List<String> labeledCsv, Path corpus, Speakers speakers, Path speakersFile) {
            this(labeledCsv, corpus, speakers, speakersFile, Fallback.warn(System.err), Anchoring.check());
        }
    }

    /** The passages of both kinds of data, in a fixed order. */
    public static List<LabeledPassage> read(Sources sources, Segmenter segmenter) {
        List<LabeledPassage> passages = new ArrayList<>();
        if (sources.corpus() != null) {
            passages.addAll(TrainingData.corpus(sources.corpus(), segmenter));
        }
        if (!sources.labeledCsv().isEmpty()) {
            passages.addAll(TrainingData.handLabeled(sources.labeledCsv(), java.util.Set.of(), segmenter,
                    sources.fallback(), sources.anchoring()));
        }
        if (passages.isEmpty()) {
            throw new BadInputException(sources.labeledCsv().isEmpty() && sources.corpus() == null
                    ? "no training data: give --data and/or --corpus"
                    : "the training data holds no labeled unit: fill in the label (or gold) column of some rows");
        }
        return passages;
    }

    /** Every label of the data, sorted: the model's label order and the order of the p_ columns. */
    public static List<String> labels(List<LabeledPassage> passages) {
        TreeSet<String> labels = new TreeSet<>();
        passages.forEach(p -> p.labels().stream().filter(java.util.Objects::nonNull).forEach(labels::add));
        if (labels.size() < 2) {
            throw new BadInputException("training data has " + labels.size() + " label(s); at least 2 are needed");
        }
        return List.copyOf(labels);
    }

    public static WhosaidModel train(Sources sources, TrainingOptions options, PrintStream log) {
        return train(sources, options, log, Progress.none());
    }

    /** @param progress shown the passages as their features are extracted, then the classifiers as they are fitted */
    public static WhosaidModel train(Sources sources, TrainingOptions options, PrintStream log, Progress progress) {
        Segmenter segmenter = new Segmenter();
        log.println("reading training data ...");
        List<LabeledPassage> passages = read(sources, segmenter);
        List<String> labels = labels(passages);
        Map<String, Integer> counts = countUnits(passages);
        log.println("  " + passages.size() + " passages, units per label " + counts);
        counts.forEach((label, n) -> {
            if (n < MIN_UNITS_PER_LABEL) {
                log.println("whosaid: warning: label " + label + " has " + n + " labeled unit(s), fewer than "
                        + MIN_UNITS_PER_LABEL + ": the model will hardly learn it; label more of its units");
            }
        });
        Trainer trainer = new Trainer(labels, sources.speakers(), options, sources.fallback());
        log.println("extracting features ...");
        List<FeaturizedPassage> featurized;
        try (Progress.Task task = progress.start("features", passages.size())) {
            featurized = trainer.featurize(passages, task);
        }
        log.println("training " + options.classifier() + " (+" + options.calibrationFolds()
                + " calibration folds) ...");
        WhosaidModel model;
        int fits = 1 + (options.calibrationFolds() >= 2 ? options.calibrationFolds() : 0);
        try (Progress.Task task = progress.start("fit", fits)) {
            model = trainer.train(featurized, metadata(sources, options, passages, counts), task);
        }
        if (!(model.scorer() instanceof LinearScorer)) {
            sources.fallback().note(options.classifier() + " is not log-linear: the model file keeps it as a "
                    + "serialized Weka object (classifier.ser), which labels more slowly and only this Weka version "
                    + "(" + Version.weka() + ") can read");
        }
        log.println(String.format(java.util.Locale.ROOT,
                "  %d features; calibration: temperature %.3f; voice chain: %s",
                model.space().size(), model.calibration().temperature(),
                model.chain()));
        return model;
    }

    private static Map<String, Integer> countUnits(List<LabeledPassage> passages) {
        Map<String, Integer> counts = new TreeMap<>();
        passages.forEach(p -> p.labels().stream().filter(java.util.Objects::nonNull)
                .forEach(l -> counts.merge(l, 1, Integer::sum)));
        return counts;
    }

    private static ModelMetadata metadata(Sources sources, TrainingOptions options, List<LabeledPassage> passages,
                                          Map<String, Integer> counts) {
        List<ModelMetadata.DataFile> files = new ArrayList<>();
        for (LabeledPassage p : passages) {
            Path file = p.handLabeled() ? null : sources.corpus().resolve(p.id());
            if (file != null) {
                files.add(new ModelMetadata.DataFile("corpus/" + p.id(), sha256(file), p.units().size()));
            }
        }
        for (String csv : sources.labeledCsv()) {
            hashTree(Path.of(csv), files);
        }
        if (sources.speakersFile() != null) {
            files.add(new ModelMetadata.DataFile(sources.speakersFile().toString(), sha256(sources.speakersFile()), 0));
        }
        Map<String, String> opts = new LinkedHashMap<>();
        opts.put("classifier", options.classifier());
        opts.put("seed", Long.toString(options.seed()));
        opts.put("features", String.join(",", options.families()));
        opts.put("minCount", Integer.toString(options.minCount()));
        opts.put("maxFeatures", Integer.toString(options.maxFeatures()));
        opts.put("calibrationFolds", Integer.toString(options.calibrationFolds()));
        opts.put("handLabeledWeight", Double.toString(options.handLabeledWeight()));
        if (!options.without().isEmpty()) {
            opts.put("without", String.join(",", options.without()));
        }
        return new ModelMetadata(Version.WHOSAID, Version.weka(), files, counts, opts, Map.of());
    }

    private static void hashTree(Path path, List<ModelMetadata.DataFile> files) {
        try (var walk = Files.walk(path)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                files.add(new ModelMetadata.DataFile(f.toString(), sha256(f), 0));
            }
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
