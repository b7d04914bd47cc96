/**
 * Finding the same text in several files: a MinHash fingerprint of each report's cleaned text
 * and the groups of reports whose fingerprints say they are near copies.
 */
package dk.konferencebasen.sametext;
