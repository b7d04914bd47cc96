/**
 * Measurements of the Danish analysis against gold data (the UD Danish DDT lemmas): how well
 * forms of one lemma meet and forms of different lemmas stay apart. Used by {@code kb eval}; not
 * part of indexing.
 */
package dk.konferencebasen.evaluation;
