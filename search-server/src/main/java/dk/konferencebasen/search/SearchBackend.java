package dk.konferencebasen.search;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.query.InvalidQueryException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What answers a search and says what it holds: the embedded index ({@link Searcher}, the
 * default) or an OpenSearch cluster ({@code clustersearch.ClusterSearch}). The HTTP handlers that
 * serve the index depend on this alone.
 */
public interface SearchBackend {
  SearchResult search(SearchRequest request) throws InvalidQueryException, IOException;

  IndexStats stats() throws IOException;

  /** The report with this id, or the report a passage id belongs to. */
  Optional<ReportDocument> document(String id) throws IOException;

  /**
   * What the Danish analyzer makes of a text: as indexed (compounds with their parts), or as a
   * query (compounds whole, synonyms added).
   */
  List<AnalyzedToken> analyze(String text, boolean asQuery);

  /** The commit that calls starting now are answered from. */
  String indexCommit() throws IOException;

  /** Talks of programmes, each a hit of its own; without a query, every talk the filters keep. */
  TalksResult talks(TalkRequest request) throws InvalidQueryException, IOException;

  /** Completions of a typed prefix: names and words of the index. */
  Suggestions suggest(String prefix, int limit) throws IOException;

  /** The report's original file, when the server has it in the corpus folder it was indexed from. */
  Optional<OriginalFile> originalFile(String reportId) throws IOException;

  /** "embedded" or "opensearch". */
  default String backend() {
    return "embedded";
  }

  /** What this backend answers differently from the embedded index (none for the embedded index itself). */
  default List<String> differences() {
    return List.of();
  }
}
