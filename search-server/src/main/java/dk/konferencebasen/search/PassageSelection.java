package dk.konferencebasen.search;

import dk.konferencebasen.query.Filters;

/**
 * The passages a research call is about: those a search for {@code query} with these filters
 * matches, read by the same query builder as /api/search (Danish lemmas, compound parts,
 * synonyms, misspellings), so an export, a trend or a concordance counts exactly the passages
 * the search reports as {@code total_passages}.
 */
public record PassageSelection(String query, Filters filters) {
  public static PassageSelection of(String query) {
    return new PassageSelection(query, Filters.NONE);
  }
}
