package dk.konferencebasen.search;

import dk.konferencebasen.query.InvalidQueryException;
import java.io.IOException;

/**
 * What answers a search and says what it holds: the embedded index ({@link Searcher}, the
 * default) or an OpenSearch cluster ({@code clustersearch.ClusterSearch}). The HTTP handlers that
 * both modes serve depend on this alone.
 */
public interface SearchBackend {
  SearchResult search(SearchRequest request) throws InvalidQueryException, IOException;

  IndexStats stats() throws IOException;

  /** "embedded" or "opensearch". */
  default String backend() {
    return "embedded";
  }

  /** What this backend answers differently from the embedded index (none for the embedded index itself). */
  default java.util.List<String> differences() {
    return java.util.List.of();
  }
}
