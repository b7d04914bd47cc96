package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * A typed word the index has never seen is most likely misspelled ("sprogundervisnig"): the
 * query then also matches the words within two edits of it, at a lower weight — as written (the
 * unstemmed word field) and as indexed (the Danish text field, so highlighting marks them).
 * Words the index knows are left exact, so correct spellings keep their precision.
 */
public final class MisspellingTolerance {
  static final float FUZZY_WEIGHT = 0.5f;
  /** Plain words of five letters or more, not a field name, prefix, fuzzy term or operator. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:\\\\*~])\\p{L}{5,}(?![\\p{L}\\p{N}:*~])");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private MisspellingTolerance() {}

  public static Query widen(Query query, String typed, IndexReader reader) throws IOException {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher words = WORD.matcher(typed);
    while (words.find()) {
      String word = words.group();
      if (!OPERATORS.contains(word) && reader.docFreq(new Term(IndexSchema.SPELL, word.toLowerCase(Locale.ROOT))) == 0) {
        unknown.add(word.toLowerCase(Locale.ROOT));
      }
    }
    if (unknown.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder widened = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
    for (String word : unknown) {
      for (String field : new String[] {IndexSchema.SPELL, IndexSchema.TEXT}) {
        widened.add(new BoostQuery(new FuzzyQuery(new Term(field, word), 2, 1), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    }
    return widened.build();
  }
}
