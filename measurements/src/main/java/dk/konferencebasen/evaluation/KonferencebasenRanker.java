package dk.konferencebasen.evaluation;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Konferencebasen itself: the real index the {@code Indexer} built, queried the way the server
 * queries it ({@link QueryBuilder#parse(String, org.apache.lucene.index.IndexReader)} restricted to
 * passages by {@link Filters#NONE}), passages
 * ranked by their own score.
 */
public final class KonferencebasenRanker implements Ranker {
  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;

  /** @param queries the query builder as the server has it (with the synonym file it serves with) */
  public KonferencebasenRanker(Path index, QueryBuilder queries) throws IOException {
    this.queries = queries;
    dir = FSDirectory.open(index);
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public List<String> rank(String queryText) throws UnparseableQueryException, IOException {
    org.apache.lucene.search.Query query;
    try {
      query = Filters.NONE.passagesMatching(queries.parse(queryText, reader));
    } catch (InvalidQueryException e) {
      throw new UnparseableQueryException(e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, RankingMetrics.K).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
