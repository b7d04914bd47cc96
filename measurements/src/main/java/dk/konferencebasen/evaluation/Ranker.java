package dk.konferencebasen.evaluation;

import java.io.IOException;
import java.util.List;

/** A retrieval system under evaluation: a query in, passage ids out, best first (at most 10). */
public interface Ranker extends AutoCloseable {
  List<String> rank(String query) throws UnparseableQueryException, IOException;

  @Override
  void close() throws IOException;

  /** The system's query parser refused the query; it counts as a failed query. */
  final class UnparseableQueryException extends Exception {
    public UnparseableQueryException(String message) {
      super(message);
    }
  }
}
