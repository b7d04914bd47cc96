package dk.konferencebasen.evaluation;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.search.IndexNotReadyException;
import dk.konferencebasen.search.PassageSelection;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * Konferencebasen itself: the real index the {@code Indexer} built, opened by the product's
 * {@link Searcher} with the synonym file the server uses, each query read by the Searcher as
 * every search and research call reads it ({@link Searcher#passages}), and the passages ranked
 * by their own score.
 */
public final class KonferencebasenRanker implements Ranker {
  private final Searcher searcher;

  public KonferencebasenRanker(Path index, SynonymFile synonyms) throws IOException {
    try {
      searcher = Searcher.open(index, synonyms);
    } catch (IndexNotReadyException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public List<String> rank(String queryText) throws UnparseableQueryException, IOException {
    try {
      return searcher.withSnapshot(snapshot -> {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : snapshot.search(searcher.passages(snapshot, PassageSelection.of(queryText)), RankingMetrics.K).scoreDocs) {
          ids.add(new StoredPassage(snapshot.storedFields().document(hit.doc, Set.of(IndexSchema.ID))).id());
        }
        return ids;
      });
    } catch (InvalidQueryException e) {
      throw new UnparseableQueryException(e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
