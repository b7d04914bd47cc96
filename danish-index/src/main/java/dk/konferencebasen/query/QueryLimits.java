package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * What one query may cost, checked before it runs: how many terms it has, and how many words a
 * wildcard or fuzzy term would expand to in this index. Each limit fails with a sentence that
 * says how to narrow the query.
 */
public final class QueryLimits {
  public static final int MAX_TERMS = 100;
  /** A prefix or wildcard matching more words than this is too unspecific to rank well. */
  public static final int MAX_EXPANSIONS = 1_000;
  /**
   * Typed fuzzy terms ("word~", "word~2") per query. Each one walks the term dictionary with an
   * edit-distance automaton (and keeps its best 50 words), so ~70 of them took seconds
   * (ApiFuzzTest); nobody types more than a few. Words the server widens itself because the
   * index does not know them ({@link MisspellingTolerance}) are not counted: those are cheap
   * (prefix 2, at most 20 words each) and fall under MAX_TERMS.
   */
  public static final int MAX_FUZZY_TERMS = 10;
  /**
   * Lucene's limit on the clauses of one query once its wildcards are expanded, raised from
   * its 1 024 so that a query within the limits here always fits: MAX_EXPANSIONS words of all
   * its wildcards together, and each of MAX_TERMS terms in every searched field with its
   * compound-part twin. Set when a query is first checked, before any query runs.
   */
  public static final int MAX_CLAUSES = 2 * MAX_EXPANSIONS + 8 * MAX_TERMS;

  static {
    org.apache.lucene.search.IndexSearcher.setMaxClauseCount(
        Math.max(org.apache.lucene.search.IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
  }

  private QueryLimits() {}

  public static void check(Query query, IndexReader reader) throws InvalidQueryException {
    AtomicInteger terms = new AtomicInteger();
    AtomicInteger expanded = new AtomicInteger();
    InvalidQueryException[] tooWide = new InvalidQueryException[1];
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, org.apache.lucene.index.Term... t) {
        // a phrase's word pairs are the phrase's words again, not more of the user's terms
        terms.addAndGet((int) Arrays.stream(t).filter(term -> !term.field().equals(IndexSchema.TEXT_PAIRS)).count());
      }

      @Override
      public void visitLeaf(Query q) {
        terms.incrementAndGet();
        // A fuzzy term keeps only its best 50 words when it runs (FuzzyQuery's own bound), so
        // counting its words first would walk the term dictionary once more for nothing.
        if (q instanceof MultiTermQuery mtq && !(q instanceof FuzzyQuery) && tooWide[0] == null) {
          try {
            int expansions = countExpansions(mtq, reader);
            if (expansions > MAX_EXPANSIONS) {
              String word = mtq.toString(mtq.getField());
              tooWide[0] = new InvalidQueryException("'" + word + "' matches more than " + MAX_EXPANSIONS
                  + " different words; make it longer or more specific", "'" + word + "' passer på mere end "
                  + MAX_EXPANSIONS + " forskellige ord; skriv flere bogstaver før * eller ?");
            } else if (expanded.addAndGet(expansions) > MAX_EXPANSIONS) {
              // each wildcard within its limit, but together they would search too many words
              tooWide[0] = new InvalidQueryException("the query's wildcards together match more than " + MAX_EXPANSIONS
                  + " different words; make them longer or use fewer", "søgningens ord med * eller ? passer"
                  + " tilsammen på mere end " + MAX_EXPANSIONS + " forskellige ord; skriv flere bogstaver, eller brug færre");
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (tooWide[0] != null) {
      throw tooWide[0];
    }
    if (terms.get() > MAX_TERMS) {
      throw new InvalidQueryException("the query has " + terms.get() + " terms; at most " + MAX_TERMS + " are allowed",
          "søgningen har " + terms.get() + " led; højst " + MAX_TERMS + " er tilladt");
    }
  }

  /** The refusal of a query with more than MAX_FUZZY_TERMS typed fuzzy terms. */
  static InvalidQueryException tooManyFuzzyTerms() {
    return new InvalidQueryException("the query has more than " + MAX_FUZZY_TERMS + " fuzzy terms (word~); at most "
        + MAX_FUZZY_TERMS + " are allowed: remove the ~ from the words you are sure of", "søgningen har mere end "
        + MAX_FUZZY_TERMS + " ord med ~; højst " + MAX_FUZZY_TERMS + " er tilladt: fjern ~ fra de ord, du er sikker på");
  }

  /** Distinct words the term expands to, counting no further than just past the limit. */
  private static int countExpansions(MultiTermQuery query, IndexReader reader) throws IOException {
    return forEachWord(reader, query, MAX_EXPANSIONS + 1, word -> {});
  }

  /** Each distinct word a pattern matches in the index, until {@code max} of them; returns how many. */
  static int forEachWord(IndexReader reader, MultiTermQuery pattern, int max, Consumer<BytesRef> found)
      throws IOException {
    Set<BytesRef> words = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(pattern.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum matching = pattern.getTermsEnum(terms);
      for (BytesRef term = matching.next(); term != null; term = matching.next()) {
        if (words.add(BytesRef.deepCopyOf(term))) {
          found.accept(term);
          if (words.size() >= max) {
            return words.size();
          }
        }
      }
    }
    return words.size();
  }
}
