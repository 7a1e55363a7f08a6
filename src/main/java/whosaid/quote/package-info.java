/**
 * Who is being quoted: quotation attribution as ordered sieves, each one class, in the manner of CoreNLP's quote
 * attribution (Muzny et al. 2017). The rule sieves ({@link whosaid.quote.QuoteSieves}) read only the text around a
 * quotation and run before the classifier; the two that need the classifier's view of the surrounding voice
 * ({@link whosaid.quote.ClassifierSieves}) run after it. Each decision carries the sieve that made it, which the
 * {@code cue} column names.
 */
package whosaid.quote;
