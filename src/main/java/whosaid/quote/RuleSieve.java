package whosaid.quote;

/** One rule sieve: reads the words that may introduce a quotation and decides whose it is, or passes (null). */
interface RuleSieve {
    Sieve id();

    /** @param in a frame that has a speech word */
    Attribution decide(Introduction in);
}
