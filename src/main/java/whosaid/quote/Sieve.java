package whosaid.quote;

/** The sieves, in the order they are tried; the first that decides wins. */
public enum Sieve {
    /** The introducer or the quotation's own frame names a voice: "Lenin wrote:", "“…,” said Stalin". */
    NAMED("named"),
    /** A source cited right after the quotation: "“…” (Lenin, Vol. XIII, p. 301.)". */
    CITATION("citation"),
    /** A first-person introducer, "as I wrote in 1905", "we said then": the author quotes themself. */
    FIRST_PERSON("first-person"),
    /** "he wrote me:": the nearest voice named before it in the paragraph. */
    PRONOUN("pronoun"),
    /** Someone who is none of the voices, or an institution: "Nogin declared:", "the resolution said:". */
    OTHER_NAMED("other-named"),
    /** No introducer: the classifier decides, the surrounding author's voice excluded unless it is confident. */
    UNATTRIBUTED("unattributed"),
    /** A quotation whose marks were lost, continuing after the colon sentence until the author's voice returns. */
    CONTINUATION("continuation");

    private final String id;

    Sieve(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
