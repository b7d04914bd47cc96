package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query over passages. Plain words and sentences just
 * work (any word may match; passages with more of them rank higher); Lucene's syntax
 * ("phrases", AND/OR/NOT, +/-, field:value, prefix*, fuzzy~) is there for those who want it.
 * The words go through the same Danish analyzer as the indexed text.
 */
public final class QueryBuilder {
  public static final int MAX_QUERY_CHARS = 1_000;

  /** Passage text counts most; the report title lifts every passage of a report a little. */
  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TITLE, 0.3f);

  public Query passages(String userQuery) throws InvalidQueryException {
    String q = userQuery == null ? "" : userQuery.strip();
    if (q.isEmpty()) {
      throw new InvalidQueryException("the query is empty: type one or more words");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException("the query is " + q.length() + " characters long; at most "
          + MAX_QUERY_CHARS + " are allowed");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {IndexSchema.TEXT, IndexSchema.TITLE}, IndexSchema.analyzer(), FIELD_BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(true);
    Query parsed;
    try {
      parsed = parser.parse(q);
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot read the query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("the query has too many terms");
    }
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static String firstLine(String message) {
    return message == null ? "syntax error" : message.lines().findFirst().orElse(message).replace("Cannot parse '", "'");
  }
}
