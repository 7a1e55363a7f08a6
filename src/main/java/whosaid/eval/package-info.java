/**
 * How far labels can be trusted: gold evaluation (with training-data overlap flagged), grouped cross-validation,
 * quotation gold, agreement of two annotations, and the figures and reports (text, JSON, HTML).
 */
package whosaid.eval;
