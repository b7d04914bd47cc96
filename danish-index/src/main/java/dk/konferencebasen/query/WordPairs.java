package dk.konferencebasen.query;

import dk.konferencebasen.analysis.WordPairsAnalyzer;
import dk.konferencebasen.schema.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A phrase in the passage text matched through the index's word pairs ({@link
 * IndexSchema#TEXT_PAIRS}): "det er" must have the pair "det være", ranked by that pair's
 * frequency, and the phrase itself only filters. A pair is one term with its own impacts, so a
 * search for the best reports skips the passages that cannot make the page, where the phrase
 * alone had its positions checked in every passage holding both words (a common-word phrase on
 * a million passages: most of a search's time). The phrase stays in the query for what reads
 * positions: highlighting and the concordance mark it as before.
 */
final class WordPairs {
  private WordPairs() {}

  /** Whether this index was written with word pairs (every index of the current schema is). */
  static boolean indexed(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(IndexSchema.TEXT_PAIRS) != null) {
        return true;
      }
    }
    return false;
  }

  /** An exact phrase of the text field through its pairs; any other query as it is. */
  static Query match(Query query) {
    if (!(query instanceof PhraseQuery phrase) || phrase.getSlop() != 0 || !IndexSchema.TEXT.equals(phrase.getField())) {
      return query;
    }
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length < 2) {
      return query;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < terms.length; i++) {
      if (positions[i + 1] != positions[i] + 1) {
        return query; // a gap the pairs do not record
      }
      Term pair = new Term(IndexSchema.TEXT_PAIRS, WordPairsAnalyzer.pair(terms[i].text(), terms[i + 1].text()));
      pairs.add(new TermQuery(pair), BooleanClause.Occur.MUST);
    }
    return pairs.add(phrase, BooleanClause.Occur.FILTER).build();
  }
}
