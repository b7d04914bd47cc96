/**
 * The corpus folder as the indexer sees it: which files are reports ({@link
 * dk.konferencebasen.corpus.CorpusWalker}), each with its path and optional sidecar of metadata
 * ({@link dk.konferencebasen.corpus.Sidecar}).
 */
package dk.konferencebasen.corpus;
