package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.io.IOException;
import java.util.OptionalInt;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;

/** Looks up stored report and passage documents by id. */
public final class StoredReports {
  /**
   * The report documents, one per block: a passage's report is the next report document after
   * it ({@code bitSet.nextSetBit(passageDoc)}), since the indexer writes passages first.
   */
  static final BitSetProducer REPORT_DOCS = new QueryBitSetProducer(reportsOnly());

  private StoredReports() {}

  /** The report document with this id (index-wide doc id). */
  public static OptionalInt reportDoc(IndexSearcher searcher, String reportId) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ID, reportId)), Occur.FILTER)
        .add(reportsOnly(), Occur.FILTER)
        .build();
    ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
    return hits.length == 0 ? OptionalInt.empty() : OptionalInt.of(hits[0].doc);
  }

  /** The passages of one report that also match {@code passages}. */
  public static Query passagesOf(String reportId, Query passages) {
    return new BooleanQuery.Builder()
        .add(passages, Occur.MUST)
        .add(new TermQuery(new Term(REPORT_ID, reportId)), Occur.FILTER)
        .build();
  }
}
