/**
 * What a unit looks like to the classifier: the analysed unit (words, masked words, the rule sieves' cue) and the
 * feature families, written as integer ids into a reusable sink; the feature space maps ids to attributes.
 */
package whosaid.features;
