package whosaid.dataset;

import whosaid.label.LabeledUnit;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

/** Hand-made dataset rows: a label, its probabilities, and the unit's kind are all a selection test needs. */
final class Rows {
    static final java.util.List<String> LABELS = java.util.List.of("Lenin", "Stalin", "Trotsky", "narrator");

    private Rows() {
    }

    static DatasetRow row(int passage, int index, UnitKind kind, double... probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        String text = "unit " + index + " of passage " + passage;
        Unit unit = new Unit("p" + passage + ".txt", index, index * 100, index * 100 + text.length(), text, kind, 0,
                "");
        return new DatasetRow(passage, new LabeledUnit(unit, LABELS.get(best), probabilities[best], probabilities,
                whosaid.quote.Cue.NONE), "", "", "");
    }

    static DatasetRow row(int passage, int index, double... probabilities) {
        return row(passage, index, UnitKind.SENTENCE, probabilities);
    }

    /** A sure row of the given label. */
    static DatasetRow sure(int passage, int index, String label) {
        double[] p = new double[LABELS.size()];
        java.util.Arrays.fill(p, 0.02);
        p[LABELS.indexOf(label)] = 0.94;
        return row(passage, index, p);
    }
}
