package whosaid.features;

import java.util.ArrayList;
import java.util.List;
import whosaid.text.Speakers;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/**
 * Which features this code extracts, so that a model trained under other features is refused instead of silently
 * scoring ids it never saw: a version, raised by hand when a family changes its meaning, and a fingerprint of what
 * every family extracts from a fixed sample passage, which changes with any change to the extraction's output (a
 * renamed prefix, another n-gram range), and of the word lists the families read (a word added to a list changes
 * the features of the units that hold it, and the sample holds few).
 */
public final class FeatureSpec {
    public static final int VERSION = 2;

    private static final Speakers SAMPLE_SPEAKERS = new Speakers(List.of(
            new Speakers.Speaker("Lenin", List.of("Ilyich")),
            new Speakers.Speaker("Stalin", List.of("Koba")),
            new Speakers.Speaker("Trotsky", List.of("Bronstein"))));
    private static final String[][] SAMPLE = {
            {"SENTENCE", "In 1923, Lenin wrote his Testament; the apparatus grew, and Koba smiled."},
            {"INTRODUCER", "Stalin said:"},
            {"QUOTATION", "“We must not lag behind the movement, comrades — never!”"},
            {"TAIL", "he added, and was it not so?"},
            {"SENTENCE", "I remember the winter of 1905 in Petersburg (a prison cell, 3 × 4 metres)."},
    };
    private static final String HASH = fingerprint();

    private FeatureSpec() {
    }

    /** Sixteen hex digits that every family's output on the sample passage hashes to. */
    public static String hash() {
        return HASH;
    }

    private static String fingerprint() {
        List<Unit> units = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < SAMPLE.length; i++) {
            String text = SAMPLE[i][1];
            units.add(new Unit("sample", i, offset, offset + text.length(), text, UnitKind.valueOf(SAMPLE[i][0]),
                    i < 4 ? 0 : 1, ""));
            offset += text.length() + 1;
        }
        Featurizer featurizer = new Featurizer(SAMPLE_SPEAKERS, List.copyOf(FeaturePipeline.allFamilies()));
        long h = 0xcbf29ce484222325L;
        for (SparseFeatures f : featurizer.featurize(units).features()) {
            // in id order: the order features are extracted in does not change what they are
            long[] byId = new long[f.size()];
            for (int k = 0; k < f.size(); k++) {
                byId[k] = (long) f.ids()[k] << 32 | k;
            }
            java.util.Arrays.sort(byId);
            for (long entry : byId) {
                int k = (int) entry;
                h = (h ^ f.ids()[k]) * 0x100000001b3L;
                // rounded: Math.log may differ in the last bit from one processor to another
                h = (h ^ Math.round(f.values()[k] * 1e6)) * 0x100000001b3L;
            }
            h = (h ^ 0xff) * 0x100000001b3L;
        }
        for (int list : new int[] {CommonWords.fingerprint(), DiscourseFeatures.fingerprint(),
                StyleFeatures.fingerprint(), FeatureIds.hash(FeatureIds.SEED, whosaid.text.SpeechVerbs.lists())}) {
            h = (h ^ list) * 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}
