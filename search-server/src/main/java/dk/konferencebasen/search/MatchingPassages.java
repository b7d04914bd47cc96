package dk.konferencebasen.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Walks the passages a query matches in index order, one at a time, without collecting them:
 * a report's passages come together and in their order, since a report is indexed as one block.
 * Memory stays the same whether a thousand passages match or ten million.
 */
public final class MatchingPassages {
  public interface Visitor {
    /** Before the passages of each segment, with leaf-relative doc ids to follow. */
    default void leaf(LeafReaderContext leaf) throws IOException {}

    /** One matching passage; false stops the walk. */
    boolean passage(int doc) throws IOException;
  }

  private MatchingPassages() {}

  /** Visits the live matching passages until the visitor says stop; returns how many it visited. */
  public static long forEach(Snapshot snapshot, Query passages, Visitor visitor) throws IOException {
    // Scorers rather than a Collector, because a Collector may be handed documents out of
    // order; and scorers do not skip deleted documents, so live docs are checked here.
    Weight weight = snapshot.createWeight(snapshot.rewrite(passages), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long visited = 0;
    for (LeafReaderContext leaf : snapshot.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      visitor.leaf(leaf);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        visited++;
        if (!visitor.passage(doc)) {
          return visited;
        }
      }
    }
    return visited;
  }
}
