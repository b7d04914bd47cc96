/**
 * The indexing run: which corpus files changed, the extraction, passages, entities and dates of
 * each, the Lucene writes and commits, and the passes over the whole index at the end (acronyms
 * defined anywhere in the corpus, reports with the same text). {@link
 * dk.konferencebasen.indexing.Indexer} is the entry point.
 */
package dk.konferencebasen.indexing;
