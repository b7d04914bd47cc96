/**
 * What researchers ask of the corpus beyond a page of hits — every matching passage exported,
 * trends, the concordance, the names most named, related passages — built on the search's
 * snapshots and its reading of a query, so each counts the very passages a search matches.
 */
package dk.konferencebasen.research;
