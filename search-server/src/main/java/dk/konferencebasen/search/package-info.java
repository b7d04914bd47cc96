/**
 * Searching an open index: {@link dk.konferencebasen.search.Searcher} holds the current commit
 * (a {@link dk.konferencebasen.search.Snapshot}) and answers searches, talks, documents,
 * completions and counts with facets, all counting passages by the same rule; the research
 * features build on it (package {@code research}).
 */
package dk.konferencebasen.search;
