package dk.konferencebasen.search;

import dk.konferencebasen.query.Filters;
import java.util.Optional;

/** One search: the typed query, its filters and order, and which page (offset or cursor). */
public record SearchRequest(String query, Filters filters, SortOrder sort, int limit, int offset, Optional<String> cursor) {
  public static SearchRequest of(String query, int limit, int offset) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, limit, offset, Optional.empty());
  }
}
