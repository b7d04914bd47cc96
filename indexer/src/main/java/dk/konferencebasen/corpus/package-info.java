/**
 * The corpus folder as the indexer sees it: which files are reports ({@link
 * dk.konferencebasen.corpus.CorpusWalker}), each with its path and optional sidecar of metadata
 * ({@link dk.konferencebasen.corpus.Sidecar}); and {@link dk.konferencebasen.corpus.ReportFiles},
 * which writes made-up reports as real PDF and DOCX for the test fixtures and {@code kb bench-corpus}.
 */
package dk.konferencebasen.corpus;
