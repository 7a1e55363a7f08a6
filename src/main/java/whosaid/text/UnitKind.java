package whosaid.text;

/** What part of a sentence a unit is, as the quote splitter saw it. */
public enum UnitKind {
    /** A whole sentence with no quotation split off. */
    SENTENCE,
    /** The words before a quotation ("Lenin writes:"). */
    INTRODUCER,
    /** Quoted words: inside quotation marks, after a colon introducer, or continuing an open quotation. */
    QUOTATION,
    /** The author's words that follow a quotation in the same sentence. */
    TAIL
}
