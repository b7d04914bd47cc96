package dk.konferencebasen.query;

import dk.konferencebasen.analysis.TokenTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query of plain words must match at least one of its content words: "Aalborg beholde borgere
 * i integrationsteamet" does not find every passage with an "i". Stop words (Lucene's Danish
 * list) still count for ranking, and inside a phrase they are part of it; a query of stop words
 * alone ("der er") is left as it is. Queries with AND, +required or NOT are the user's own logic
 * and are left alone too.
 */
public final class ContentWords {
  private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

  private ContentWords() {}

  static Query requireOne(Query query) {
    if (!(query instanceof BooleanQuery words) || words.getMinimumNumberShouldMatch() > 0
        || words.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.SHOULD)) {
      return query;
    }
    List<Query> content = new ArrayList<>();
    List<Query> stop = new ArrayList<>();
    for (BooleanClause clause : words.clauses()) {
      (isStopWord(clause.query()) ? stop : content).add(clause.query());
    }
    if (content.isEmpty() || stop.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder anyContent = new BooleanQuery.Builder();
    content.forEach(q -> anyContent.add(q, BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder required = new BooleanQuery.Builder().add(anyContent.build(), BooleanClause.Occur.MUST);
    stop.forEach(q -> required.add(q, BooleanClause.Occur.SHOULD));
    return required.build();
  }

  /** A word's clause whose every term is a stop word; a phrase or a wildcard is never one. */
  public static boolean isStopWord(Query clause) {
    boolean[] onlyStopTerms = {true};
    int[] terms = {0};
    clause.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... found) {
        if (found.length != 1) {
          onlyStopTerms[0] = false; // a phrase: its words belong together
        }
        for (Term t : found) {
          terms[0]++;
          String text = t.text();
          String word = !text.isEmpty() && text.charAt(0) == TokenTypes.PART_MARKER ? text.substring(1) : text;
          onlyStopTerms[0] &= STOP_WORDS.contains(word);
        }
      }

      @Override
      public void visitLeaf(Query q) {
        onlyStopTerms[0] = false; // a wildcard or fuzzy term
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return onlyStopTerms[0] && terms[0] > 0;
  }
}
