package whosaid.dataset;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import whosaid.dataset.AnnotationMerge.Merged;
import whosaid.dataset.AnnotationMerge.MergedUnit;
import whosaid.dataset.AnnotationMerge.Status;

/** What a merge did, for the terminal: the resolution counts, the agreement, and the units left for review. */
public final class MergeReport {
    /** Enough conflicts to start reviewing; the merged file marks them all. */
    private static final int SHOWN_CONFLICTS = 20;
    private static final int SHOWN_TEXT = 70;

    private MergeReport() {
    }

    public static void print(Merged merged, PrintStream out) {
        out.println("annotators: " + merged.annotators().size() + " (" + String.join(", ", merged.annotators()) + ")");
        TextTable counts = new TextTable(List.of("status", "units"));
        for (Status status : Status.values()) {
            counts.row(List.of(status.cell(), Long.toString(merged.count(status))));
        }
        counts.row(List.of("total", Integer.toString(merged.units().size())));
        counts.print(out);
        AnnotationMerge.Agreement agreement = merged.agreement();
        out.printf(Locale.ROOT, "%s: %.3f (observed agreement %.3f over %d units labeled by every annotator)%n",
                agreement.measure(), agreement.kappa(), agreement.observed(), agreement.units());
        List<MergedUnit> conflicts = merged.units().stream().filter(u -> u.status() == Status.CONFLICT).toList();
        if (conflicts.isEmpty()) {
            return;
        }
        out.println("conflicts (gold left empty, status=conflict):");
        TextTable table = new TextTable(List.of("passage", "unit", "votes", "text"));
        for (MergedUnit u : conflicts.subList(0, Math.min(SHOWN_CONFLICTS, conflicts.size()))) {
            table.row(List.of(u.passage(), Integer.toString(u.unit()), u.votesCell(), abridged(u.text())));
        }
        table.print(out);
        if (conflicts.size() > SHOWN_CONFLICTS) {
            out.println("... and " + (conflicts.size() - SHOWN_CONFLICTS) + " more");
        }
    }

    private static String abridged(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= SHOWN_TEXT ? line : line.substring(0, SHOWN_TEXT - 3) + "...";
    }
}
