/**
 * Searching an open index: {@link dk.konferencebasen.search.Searcher} holds the current commit
 * (a {@link dk.konferencebasen.search.Snapshot}) and answers searches, talks, documents and the
 * research features — counts and facets, trends, the concordance, entities, related passages and
 * the export — all counting passages by the same rule.
 */
package dk.konferencebasen.search;
