package dk.konferencebasen.query;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.analysis.TokenTypes;
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
  static final int LONG_WORD = 8;
  static final int PREFIX = 2;
  static final int MAX_EXPANSIONS = 20;
  /** Plain words of five letters or more, not a field name, prefix, fuzzy term or operator. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:\\\\*~])\\p{L}{5,}(?![\\p{L}\\p{N}:*~])");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private MisspellingTolerance() {}

  /**
   * Whether the index has the word, as written (the unstemmed word field) or through its lemma:
   * "mødre" is found through "mor" (in "bydelsmor"), and "skole" through the "skoler" of the
   * text, so neither is a misspelling. The one test of a misspelling for the query and for the
   * "Mente du …?" suggestion, so the page never offers a respelling of a word it searched exactly.
   */
  public static boolean isKnown(String word, IndexReader reader) throws IOException {
    return reader.docFreq(new Term(IndexSchema.SPELL, word.toLowerCase(Locale.ROOT))) > 0 || indexedAsAnalysed(word, reader);
  }

  /** A plain word, not an operator, that the index has neither as written nor through its lemma. */
  public static boolean mayBeMisspelled(String word, IndexReader reader) throws IOException {
    return !OPERATORS.contains(word) && !isKnown(word, reader);
  }

  private static boolean indexedAsAnalysed(String word, IndexReader reader) throws IOException {
    for (String term : AnalyzedToken.terms(QueryBuilder.PLAIN, IndexSchema.TEXT, word)) {
      if (reader.docFreq(new Term(IndexSchema.TEXT, term)) > 0
          || reader.docFreq(new Term(IndexSchema.TEXT, TokenTypes.PART_MARKER + term)) > 0) {
        return true;
      }
    }
    return false;
  }

  public static Query widen(Query query, String typed, IndexReader reader) throws IOException {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher words = WORD.matcher(typed);
    while (words.find()) {
      String word = words.group();
      if (mayBeMisspelled(word, reader)) {
        unknown.add(word.toLowerCase(Locale.ROOT));
      }
    }
    if (unknown.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder widened = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
    for (String word : unknown) {
      // Two edits only for longer words, a shared first two letters, and a bounded expansion:
      // the automata stay small on a large vocabulary, where unbounded ones were costly.
      int edits = word.length() >= LONG_WORD ? 2 : 1;
      for (String field : new String[] {IndexSchema.SPELL, IndexSchema.TEXT}) {
        widened.add(new BoostQuery(new FuzzyQuery(new Term(field, word), edits, PREFIX, MAX_EXPANSIONS, true), FUZZY_WEIGHT),
            BooleanClause.Occur.SHOULD);
      }
    }
    return widened.build();
  }
}
