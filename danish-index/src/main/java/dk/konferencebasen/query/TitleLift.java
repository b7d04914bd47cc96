package dk.konferencebasen.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The report's title lifts a matching passage by a bounded factor: its score times
 * {@code 1 + lift × (query words in the title / query words)}. The title never makes a passage
 * match, and it multiplies rather than adds because a bounded factor keeps the search able to
 * skip passages that cannot reach the page: an added title score of a few common words is as
 * large as a passage's own, and on a million passages that made a four-word query read every
 * match.
 */
public final class TitleLift extends Query {
  private final Query match;
  private final List<Query> titleWords;
  private final float lift;

  /**
   * @param match what a passage must match, scored
   * @param titleWords one query per word of the query, over the title; matched, not scored
   * @param lift how much a title holding every word lifts the score (0.25: by a quarter)
   */
  public TitleLift(Query match, List<Query> titleWords, float lift) {
    this.match = Objects.requireNonNull(match);
    this.titleWords = List.copyOf(titleWords);
    this.lift = lift;
  }


  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    if (titleWords.isEmpty()) {
      return match;
    }
    Query rewritten = match.rewrite(searcher);
    List<Query> words = new ArrayList<>();
    boolean changed = rewritten != match;
    for (Query word : titleWords) {
      Query r = word.rewrite(searcher);
      changed |= r != word;
      words.add(r);
    }
    return changed ? new TitleLift(rewritten, words, lift) : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight matchWeight = match.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return matchWeight;
    }
    List<Weight> wordWeights = new ArrayList<>();
    for (Query word : titleWords) {
      // rewritten already, with the lift (rewrite above)
      wordWeights.add(searcher.createWeight(word, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return new FilterWeight(this, matchWeight) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
        ScorerSupplier matching = in.scorerSupplier(leaf);
        if (matching == null) {
          return null;
        }
        List<DocIdSetIterator> words = new ArrayList<>();
        for (Weight w : wordWeights) {
          Scorer s = w.scorer(leaf);
          if (s != null) {
            words.add(s.iterator());
          }
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            Scorer scorer = matching.get(leadCost);
            float perWord = lift / titleWords.size();
            return words.isEmpty() ? scorer : new Lifted(scorer, words, perWord, 1f + perWord * words.size());
          }

          @Override
          public long cost() {
            return matching.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            matching.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
        Explanation matched = in.explain(leaf, doc);
        if (!matched.isMatch()) {
          return matched;
        }
        int inTitle = 0;
        for (Weight w : wordWeights) {
          Scorer s = w.scorer(leaf);
          if (s != null && s.iterator().advance(doc) == doc) {
            inTitle++;
          }
        }
        float factor = 1f + lift * inTitle / titleWords.size();
        return Explanation.match(matched.getValue().floatValue() * factor, "lifted by the title: " + inTitle + " of "
            + titleWords.size() + " words in it", matched, Explanation.match(factor, "factor"));
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return false;
      }
    };
  }

  /** The passage's score times its title's factor, and skipping bounded by the largest factor. */
  private static final class Lifted extends FilterScorer {
    private final List<DocIdSetIterator> words;
    private final float perWord;
    private final float largest;

    Lifted(Scorer in, List<DocIdSetIterator> words, float perWord, float largest) {
      super(in);
      this.words = words;
      this.perWord = perWord;
      this.largest = largest;
    }

    @Override
    public float score() throws IOException {
      int doc = docID();
      int inTitle = 0;
      for (DocIdSetIterator word : words) {
        if (word.docID() < doc) {
          word.advance(doc);
        }
        if (word.docID() == doc) {
          inTitle++;
        }
      }
      return in.score() * (1f + perWord * inTitle);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) * largest;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // rounded down: a passage whose lifted score reaches minScore must not be skipped
      in.setMinCompetitiveScore(Math.nextDown(minScore / largest));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // only what the passage matches is highlighted and counted; the title words only weigh
    match.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "TitleLift(" + match.toString(field) + ", title " + titleWords + ", lift " + lift + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && match.equals(((TitleLift) other).match) && titleWords.equals(((TitleLift) other).titleWords)
        && lift == ((TitleLift) other).lift;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), match, titleWords, lift);
  }
}
