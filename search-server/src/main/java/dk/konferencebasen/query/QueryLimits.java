package dk.konferencebasen.query;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
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

  private QueryLimits() {}

  public static void check(Query query, IndexReader reader) throws InvalidQueryException {
    AtomicInteger terms = new AtomicInteger();
    InvalidQueryException[] tooWide = new InvalidQueryException[1];
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, org.apache.lucene.index.Term... t) {
        terms.addAndGet(t.length);
      }

      @Override
      public void visitLeaf(Query q) {
        terms.incrementAndGet();
        if (q instanceof MultiTermQuery mtq && tooWide[0] == null) {
          try {
            int expansions = countExpansions(mtq, reader);
            if (expansions > MAX_EXPANSIONS) {
              tooWide[0] = new InvalidQueryException("'" + mtq.toString(mtq.getField()) + "' matches more than "
                  + MAX_EXPANSIONS + " different words; make it longer or more specific");
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
      throw new InvalidQueryException("the query has " + terms.get() + " terms; at most " + MAX_TERMS + " are allowed");
    }
  }

  /** Distinct words the term expands to, counting no further than just past the limit. */
  private static int countExpansions(MultiTermQuery query, IndexReader reader) throws IOException {
    Set<BytesRef> words = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(query.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum matching = query.getTermsEnum(terms);
      for (BytesRef term = matching.next(); term != null; term = matching.next()) {
        words.add(BytesRef.deepCopyOf(term));
        if (words.size() > MAX_EXPANSIONS) {
          return words.size();
        }
      }
    }
    return words.size();
  }
}
