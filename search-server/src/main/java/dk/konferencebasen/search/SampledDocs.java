package dk.konferencebasen.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The doc ids of {@link MatchTally#level} at least {@code level}: a random 2<sup>-level</sup> of
 * the index, the same for the same commit. As a filter beside a query it leads the conjunction
 * (its cost is that share of the index), so the query's own work — a phrase's positions — is
 * done on the sample only. Computed as it goes: a hash per doc id passed over, no memory.
 */
final class SampledDocs extends Query {
  private final int level;

  SampledDocs(int level) {
    this.level = level;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext leaf) {
        DocIdSetIterator sample = iterator(leaf.docBase, leaf.reader().maxDoc());
        return new ScorerSupplier() {
          @Override
          public ConstantScoreScorer get(long leadCost) {
            return new ConstantScoreScorer(score(), scoreMode, sample);
          }

          @Override
          public long cost() {
            return sample.cost();
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return false; // as cheap to compute as to read back, and a bit set per level would only cost memory
      }
    };
  }

  private DocIdSetIterator iterator(int docBase, int maxDoc) {
    return new DocIdSetIterator() {
      private int doc = -1;

      @Override
      public int docID() {
        return doc;
      }

      @Override
      public int nextDoc() {
        return advance(doc + 1);
      }

      @Override
      public int advance(int target) {
        for (int d = target; d < maxDoc; d++) {
          if (MatchTally.level(docBase + d) >= level) {
            return doc = d;
          }
        }
        return doc = NO_MORE_DOCS;
      }

      @Override
      public long cost() {
        return Math.max(1, maxDoc >> level);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "SampledDocs(level >= " + level + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && level == ((SampledDocs) other).level;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + level;
  }
}
