package dk.konferencebasen.query;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A word the index has never seen is most likely misspelled ("sprogundervisnig"): such a term
 * also matches the indexed words within two edits of it, at a lower weight. Words the index
 * knows are left exact, so correct spellings keep their precision.
 */
public final class MisspellingTolerance {
  static final float FUZZY_WEIGHT = 0.5f;
  /** Shorter words are too close to too many others to guess at. */
  static final int MIN_CHARS = 5;

  private MisspellingTolerance() {}

  public static Query widen(Query query, IndexReader reader) throws IOException {
    if (query instanceof TermQuery tq) {
      Term term = tq.getTerm();
      if (!IndexSchema.DANISH_TEXT_FIELDS.contains(term.field()) || term.text().length() < MIN_CHARS
          || term.text().charAt(0) == TokenTypes.PART_MARKER || reader.docFreq(term) > 0) {
        return query;
      }
      return new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new FuzzyQuery(term, 2, 1), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD)
          .build();
    }
    if (query instanceof BoostQuery bq) {
      return new BoostQuery(widen(bq.getQuery(), reader), bq.getBoost());
    }
    if (query instanceof BooleanQuery boolean_) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(boolean_.getMinimumNumberShouldMatch());
      for (BooleanClause clause : boolean_.clauses()) {
        builder.add(widen(clause.query(), reader), clause.occur());
      }
      return builder.build();
    }
    return query;
  }
}
