/**
 * The Danish analysis chain, one for indexing and querying alike ({@link
 * dk.konferencebasen.analysis.DanishTextAnalyzer}): lemmas from the Danish dictionaries, compounds
 * split into parts at the compound's position, elided compounds ("udlændinge- og
 * integrationsminister") completed, genitives dropped and old spellings folded — each step one
 * Lucene filter.
 */
package dk.konferencebasen.analysis;
