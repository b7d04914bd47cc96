/**
 * From what a person types to a Lucene query: Danish analysis of the words, phrases and operators,
 * content words required, synonyms, typo tolerance and the limits that keep a query within what
 * Lucene (and the server) can answer, with errors that say what to change in English and Danish.
 */
package dk.konferencebasen.query;
