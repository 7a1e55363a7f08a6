package whosaid.eval;

/**
 * One plain sentence for each figure the reports show, written where the figure is, so that a reader who has not
 * met macro-F1 or a calibration error can still tell what a number says. The text and HTML reports share them.
 */
final class Explanations {
    static final String SUMMARY = "Accuracy is the share of gold units given the right voice. F1 weighs, for one "
            + "voice, how many of the units given that voice are right (precision) against how many of that voice's "
            + "units are found (recall); macro-F1 is its mean over the voices, each voice counting the same however "
            + "rare, and micro-F1 counts every unit the same. Kappa is agreement beyond what chance would give: 0 is "
            + "no better than guessing by the voices' shares, 1 is perfect.";
    static final String INTERVALS = "A 95% interval is the range the figure would likely fall in on other texts of "
            + "the same kind: whole passages or works are drawn again at random, never single units, whose errors "
            + "come in runs.";
    static final String PER_LABEL = "Precision: of the units given this voice, the share that are this voice's. "
            + "Recall: of this voice's units, the share found. F1 joins the two.";
    static final String CONFUSION = "Each row is a voice as the gold labels have it; each column the voice the "
            + "system gave. The diagonal is what it got right; a large number off it is a voice taken for another.";
    static final String COVERAGE = "If you keep only the units the model is at least this sure of, and send the "
            + "rest to a person: how many units you keep (coverage), and how often the kept ones are right.";
    static final String RELIABILITY = "Does a confidence of 0.7 mean right 7 times in 10? Units are grouped by "
            + "confidence and each group's accuracy set beside its mean confidence; the expected calibration error "
            + "(ECE) is the average gap, 0 when confidence can be taken at its word.";

    private Explanations() {
    }

    /** Why a design has no bootstrap interval, in the reader's terms. */
    static String noInterval(int groups) {
        return "no 95% interval: the gold units come from " + groups + " passage or work" + (groups == 1 ? "" : "s")
                + ", and an interval needs at least two to resample (one passage cannot be drawn again in other "
                + "mixes); add gold passages to get one";
    }

    /** Said instead of figures when a part of the report has no units to score. */
    static final String NO_UNITS = "no units: nothing to score here, so no figures and no charts";
}
