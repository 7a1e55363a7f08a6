package whosaid.label;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code whosaid label} output and one labeled unit's values in them: the single place that says
 * what a row is, for every writer (CSV, JSON Lines, the Spark job's tables).
 */
public final class LabelColumns {
    /** How a column's value is written: text, a whole number, or a probability with four decimals. */
    public enum Kind { TEXT, INTEGER, PROBABILITY }

    public record Column(String name, Kind kind) {
    }

    private LabelColumns() {
    }

    /**
     * {@code passage,unit,start,end,label,confidence,p_<label>...,frame,frame_confidence,section,section_voice,
     * section_confidence,cue,text}, one {@code p_} per model label.
     */
    public static List<Column> of(List<String> labels) {
        List<Column> columns = new ArrayList<>(List.of(new Column("passage", Kind.TEXT),
                new Column("unit", Kind.INTEGER), new Column("start", Kind.INTEGER), new Column("end", Kind.INTEGER),
                new Column("label", Kind.TEXT), new Column("confidence", Kind.PROBABILITY)));
        labels.forEach(l -> columns.add(new Column("p_" + l, Kind.PROBABILITY)));
        columns.add(new Column("frame", Kind.TEXT));
        columns.add(new Column("frame_confidence", Kind.PROBABILITY));
        columns.add(new Column("section", Kind.INTEGER));
        columns.add(new Column("section_voice", Kind.TEXT));
        columns.add(new Column("section_confidence", Kind.PROBABILITY));
        columns.add(new Column("cue", Kind.TEXT));
        columns.add(new Column("text", Kind.TEXT));
        return columns;
    }

    public static List<String> names(List<String> labels) {
        return of(labels).stream().map(Column::name).toList();
    }

    /**
     * One unit's values in column order: {@link Integer} for {@link Kind#INTEGER} columns, {@link String} for the
     * others, probabilities already rounded to the four decimals every format shows; the frame columns are null
     * (an empty cell) when the passage was not decoded by frame.
     */
    public static List<Object> values(LabeledUnit u) {
        List<Object> row = new ArrayList<>(13 + u.probabilities().length);
        row.add(u.unit().passageId());
        row.add(u.unit().index());
        row.add(u.unit().start());
        row.add(u.unit().end());
        row.add(u.label());
        row.add(LabelWriter.probability(u.confidence()));
        for (double p : u.probabilities()) {
            row.add(LabelWriter.probability(p));
        }
        Frame f = u.frame();
        row.add(f.voice());
        row.add(f.known() ? LabelWriter.probability(f.confidence()) : null);
        row.add(f.section() >= 0 ? f.section() : null);
        row.add(f.section() >= 0 ? f.sectionVoice() : null);
        row.add(f.section() >= 0 ? LabelWriter.probability(f.sectionConfidence()) : null);
        row.add(u.cue().toString());
        row.add(u.unit().text());
        return row;
    }
}
