package dk.konferencebasen.search;

import dk.konferencebasen.query.InvalidQueryException;
import java.io.IOException;

/**
 * What answers a search and says what it holds: the embedded index ({@link Searcher}, the
 * default) or an OpenSearch cluster ({@code clustersearch.ClusterSearch}). The HTTP handlers that
 * both modes serve — search, stats, health, a whole document, the analyzer's view — depend on
 * this alone.
 */
public interface SearchBackend {
  SearchResult search(SearchRequest request) throws InvalidQueryException, IOException;

  IndexStats stats() throws IOException;

  /** The report with this id, or the report a passage id belongs to. */
  java.util.Optional<ReportDocument> document(String id) throws IOException;

  /**
   * What the Danish analyzer makes of a text: as indexed (compounds with their parts), or as a
   * query (compounds whole, synonyms added).
   */
  java.util.List<dk.konferencebasen.analysis.AnalyzedToken> analyze(String text, boolean asQuery);

  /** The commit that calls starting now are answered from. */
  String indexCommit() throws IOException;

  /** "embedded" or "opensearch". */
  default String backend() {
    return "embedded";
  }

  /** What this backend answers differently from the embedded index (none for the embedded index itself). */
  default java.util.List<String> differences() {
    return java.util.List.of();
  }
}
