package dk.konferencebasen.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase matched through the index's word pairs finds exactly the passages the phrase finds
 * by its positions, on the seed corpus: the pairs make it faster, never different.
 */
class WordPairsTest {
  private static final List<String> PHRASES = List.of("\"det er\"", "\"i dag\"", "\"lære dansk\"",
      "\"Kommunernes Landsforening\"", "\"der er mange\"", "\"at de\"", "\"frivillige\"", "\"sprog undervisning\"",
      "\"det er\" frivillige", "integration \"i Faxe\"");

  @TempDir Path tmp;

  @Test
  void aPhraseThroughItsPairsFindsWhatThePhraseFinds() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.copyOfCorpus(tmp), index);
    QueryBuilder queries = new QueryBuilder();
    int found = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertTrue(WordPairs.indexed(reader));
      for (String phrase : PHRASES) {
        Query throughPairs = Filters.NONE.passagesMatching(queries.parse(phrase, reader));
        Query byPositions = Filters.NONE.passagesMatching(queries.parse(phrase));
        assertEquals(!phrase.equals("\"frivillige\""), usesPairs(throughPairs), phrase);
        assertFalse(usesPairs(byPositions), phrase);
        Set<Integer> pairs = docs(searcher, throughPairs);
        assertEquals(docs(searcher, byPositions), pairs, phrase);
        found += pairs.size();
      }
    }
    assertTrue(found > 20, "the phrases found " + found + " passages in all");
  }

  private static boolean usesPairs(Query query) {
    boolean[] pairs = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) {
          pairs[0] |= t.field().equals(IndexSchema.TEXT_PAIRS);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return pairs[0];
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query query) throws Exception {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
