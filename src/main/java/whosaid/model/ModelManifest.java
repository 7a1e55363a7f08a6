package whosaid.model;

import whosaid.decode.FrameParameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import whosaid.decode.Calibration;
import whosaid.decode.VoiceChain;
import whosaid.features.FeatureSpace;
import whosaid.features.FeatureSpec;
import whosaid.io.Npy;
import whosaid.io.SpeakersCsv;
import whosaid.text.Speakers;

/** The {@code manifest.properties} of a model file, and the model put back together from it and the other entries. */
final class ModelManifest {
    private ModelManifest() {
    }

    /** The manifest's text: sorted keys and no date, so that the same model gives the same bytes. */
    static String of(WhosaidModel model) {
        Map<String, String> p = new TreeMap<>();
        p.put("format-version", Integer.toString(ModelFile.FORMAT_VERSION));
        p.put("feature-spec-version", Integer.toString(FeatureSpec.VERSION));
        p.put("feature-spec-hash", FeatureSpec.hash());
        // one key per label: a label is whatever a corpus folder or a CSV cell holds, commas included
        for (int i = 0; i < model.labels().size(); i++) {
            p.put("label." + i, model.labels().get(i));
        }
        p.put("other-label", model.otherLabel());
        p.put("families", String.join(",", model.families()));
        p.put("scorer", model.scorer() instanceof LinearScorer ? "linear" : "weka");
        p.put("calibration.temperature", Double.toString(model.calibration().temperature()));
        VoiceChain chain = model.chain();
        p.put("chain.offsets", doubles(chain.offsets()));
        p.put("chain.stay-within", doubles(chain.stayWithin()));
        p.put("chain.stay-across", doubles(chain.stayAcross()));
        p.put("chain.passage-weight", Double.toString(chain.passageWeight()));
        if (model.frame() != null) {
            FrameModel frame = model.frame();
            for (int i = 0; i < frame.classifier().classes().size(); i++) {
                p.put("frame.class." + i, frame.classifier().classes().get(i));
                p.put("frame.class." + i + ".voice", Integer.toString(frame.classifier().voiceOf()[i]));
            }
            p.put("frame.temperature", Double.toString(frame.classifier().temperature()));
            FrameParameters f = frame.parameters();
            p.put("frame.switch-cost", Double.toString(f.switchCost()));
            p.put("frame.full-paragraph", Double.toString(f.fullParagraph()));
            p.put("frame.unit-weight", Double.toString(f.unitWeight()));
            p.put("frame.unit-temperature", Double.toString(f.temperature()));
            p.put("frame.heading-probability", Double.toString(frame.headingProbability()));
            frame.sieveProbabilities().forEach((sieve, q) -> p.put("frame.sieve." + sieve, Double.toString(q)));
        }
        ModelMetadata m = model.metadata();
        p.put("whosaid-version", m.whosaidVersion());
        p.put("weka-version", m.wekaVersion());
        for (int i = 0; i < m.data().size(); i++) {
            ModelMetadata.DataFile d = m.data().get(i);
            p.put("data." + i + ".path", d.path());
            p.put("data." + i + ".sha256", d.sha256());
            p.put("data." + i + ".units", Integer.toString(d.units()));
        }
        m.unitsPerLabel().forEach((label, n) -> p.put("units." + label, Integer.toString(n)));
        m.options().forEach((k, v) -> p.put("option." + k, v));
        m.scores().forEach((k, v) -> p.put("score." + k, Double.toString(v)));
        StringBuilder text = new StringBuilder("# whosaid model (see models/README.md for every entry of this zip)\n");
        p.forEach((k, v) -> text.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return text.toString();
    }

    static WhosaidModel model(Properties p, Map<String, byte[]> entries, String name) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; p.containsKey("label." + i); i++) {
            labels.add(get(p, "label." + i));
        }
        if (labels.isEmpty() || Set.copyOf(labels).size() != labels.size()) {
            throw new IllegalArgumentException("labels " + labels + " are empty or repeat one");
        }
        FeatureSpace space = FeatureSpace.of(
                Npy.readInts(ModelFile.required(entries, ModelFile.FEATURES, name), ModelFile.FEATURES).values(),
                Npy.readDoubles(ModelFile.required(entries, ModelFile.IDF, name), ModelFile.IDF).values());
        Scorer scorer = switch (get(p, "scorer")) {
            case "linear" -> {
                Npy.Array<double[]> weights = Npy.readDoubles(ModelFile.required(entries, ModelFile.WEIGHTS, name),
                        ModelFile.WEIGHTS);
                double[] bias = Npy.readDoubles(ModelFile.required(entries, ModelFile.BIAS, name), ModelFile.BIAS).values();
                if (!Arrays.equals(weights.shape(), new int[] {space.size(), labels.size()}) || bias.length != labels.size()) {
                    throw new IllegalArgumentException("weights of shape " + Arrays.toString(weights.shape())
                            + " for " + space.size() + " features and " + labels.size() + " labels");
                }
                if (!allFinite(weights.values()) || !allFinite(bias)) {
                    throw new IllegalArgumentException("weights that are not finite numbers");
                }
                yield new LinearScorer(weights.values(), bias);
            }
            case "weka" -> WekaScorer.of(ModelFile.classifier(ModelFile.required(entries, ModelFile.CLASSIFIER, name),
                    name), space, labels);
            default -> throw new IllegalArgumentException("unknown scorer " + get(p, "scorer"));
        };
        Speakers speakers = SpeakersCsv.parse(
                new String(ModelFile.required(entries, ModelFile.SPEAKERS, name), StandardCharsets.UTF_8),
                name + "!" + ModelFile.SPEAKERS);
        VoiceChain chain = new VoiceChain(doubles(p, "chain.offsets"), doubles(p, "chain.stay-within"),
                doubles(p, "chain.stay-across"), Double.parseDouble(get(p, "chain.passage-weight")));
        if (chain.labels() != labels.size()) {
            throw new IllegalArgumentException(chain.labels() + " voice offsets for " + labels.size() + " labels");
        }
        List<ModelMetadata.DataFile> data = new ArrayList<>();
        for (int i = 0; p.containsKey("data." + i + ".path"); i++) {
            data.add(new ModelMetadata.DataFile(get(p, "data." + i + ".path"), get(p, "data." + i + ".sha256"),
                    Integer.parseInt(get(p, "data." + i + ".units"))));
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("units.")) {
                units.put(key.substring(6), Integer.parseInt(get(p, key)));
            } else if (key.startsWith("option.")) {
                options.put(key.substring(7), get(p, key));
            } else if (key.startsWith("score.")) {
                scores.put(key.substring(6), Double.parseDouble(get(p, key)));
            }
        }
        long[] texts = Npy.readLongs(ModelFile.required(entries, ModelFile.TEXTS, name), ModelFile.TEXTS).values();
        ModelMetadata metadata = new ModelMetadata(get(p, "whosaid-version"), get(p, "weka-version"), data, units,
                options, scores, new TrainingTexts(texts));
        double temperature = Double.parseDouble(get(p, "calibration.temperature"));
        if (!(temperature > 0 && temperature < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a calibration temperature of " + temperature);
        }
        return new WhosaidModel(labels, list(p, "families"), speakers, space, scorer, new Calibration(temperature),
                chain, frame(p, entries, name, space, labels), metadata, get(p, "other-label"));
    }

    /** The frame model, if the file has one: a manifest key per class, the weights and biases as arrays. */
    private static FrameModel frame(Properties p, Map<String, byte[]> entries, String name, FeatureSpace space,
                                    List<String> labels) {
        if (!p.containsKey("frame.class.0")) {
            return null;
        }
        List<String> classes = new ArrayList<>();
        List<Integer> voices = new ArrayList<>();
        for (int i = 0; p.containsKey("frame.class." + i); i++) {
            classes.add(get(p, "frame.class." + i));
            int voice = Integer.parseInt(get(p, "frame.class." + i + ".voice"));
            if (voice < 0 || voice >= labels.size()) {
                throw new IllegalArgumentException("frame class " + classes.get(i) + " of voice " + voice);
            }
            voices.add(voice);
        }
        Npy.Array<double[]> weights = Npy.readDoubles(ModelFile.required(entries, ModelFile.FRAME_WEIGHTS, name),
                ModelFile.FRAME_WEIGHTS);
        double[] bias = Npy.readDoubles(ModelFile.required(entries, ModelFile.FRAME_BIAS, name),
                ModelFile.FRAME_BIAS).values();
        if (!Arrays.equals(weights.shape(), new int[] {space.size(), classes.size()})) {
            throw new IllegalArgumentException("frame weights of shape " + Arrays.toString(weights.shape()) + " for "
                    + space.size() + " features and " + classes.size() + " frame classes");
        }
        if (!allFinite(weights.values()) || !allFinite(bias)) {
            throw new IllegalArgumentException("frame weights that are not finite numbers");
        }
        FrameClassifier classifier = new FrameClassifier(weights.values(), bias, classes,
                voices.stream().mapToInt(Integer::intValue).toArray(), number(p, "frame.temperature"));
        FrameParameters parameters = new FrameParameters(number(p, "frame.switch-cost"),
                number(p, "frame.full-paragraph"), number(p, "frame.unit-weight"), number(p, "frame.unit-temperature"));
        Map<String, Double> sieves = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("frame.sieve.")) {
                sieves.put(key.substring("frame.sieve.".length()), number(p, key));
            }
        }
        return new FrameModel(classifier, parameters, number(p, "frame.heading-probability"), sieves);
    }

    /** A plain loop: a stream over a million weights costs tens of milliseconds before the compiler gets to it. */
    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(get(p, key));
    }

    private static String get(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(ModelFile.MANIFEST + " has no " + key);
        }
        return value;
    }

    private static List<String> list(Properties p, String key) {
        return List.of(get(p, key).split(","));
    }

    private static double[] doubles(Properties p, String key) {
        return Arrays.stream(get(p, key).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String doubles(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    /** As {@link Properties#load} reads it back. */
    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
