package dk.konferencebasen.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TitleLiftTest {
  private static final int DOCS = 20_000;
  private static final int WORDS = 300;
  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  /** Passages of words drawn with a skew, as language has it; titles of a few such words. */
  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    Random random = new Random(7);
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField("text", words(random, 5 + random.nextInt(60)), Field.Store.NO));
        doc.add(new TextField("title", words(random, 1 + random.nextInt(5)), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  private static String words(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(" w").append(skewed(random));
    }
    return out.toString();
  }

  private static int skewed(Random random) {
    return (int) Math.min(WORDS - 1, Math.floor(Math.pow(random.nextDouble(), 3) * WORDS));
  }

  private static Query text(int... words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int w : words) {
      any.add(new TermQuery(new Term("text", "w" + w)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static List<Query> title(int... words) {
    List<Query> each = new ArrayList<>();
    for (int w : words) {
      each.add(new TermQuery(new Term("title", "w" + w)));
    }
    return each;
  }

  @Test
  void theTitleLiftsAMatchByItsShareOfTheWordsAndNeverMakesOne() throws Exception {
    int[] words = {3, 40, 250};
    Query lifted = new TitleLift(text(words), title(words), 0.25f);
    assertEquals(searcher.count(text(words)), searcher.count(lifted), "the title adds no matches");
    TopDocs plain = searcher.search(text(words), DOCS);
    int lifts = 0;
    for (ScoreDoc hit : plain.scoreDocs) {
      int inTitle = 0;
      for (Query word : title(words)) {
        inTitle += searcher.count(new BooleanQuery.Builder().add(word, BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term("id", searcher.storedFields().document(hit.doc).get("id"))), BooleanClause.Occur.FILTER)
            .build());
      }
      float expected = hit.score * (1f + 0.25f * inTitle / words.length);
      assertEquals(expected, searcher.explain(lifted, hit.doc).getValue().floatValue(), 1e-5f);
      lifts += inTitle > 0 ? 1 : 0;
    }
    assertTrue(lifts > 100, lifts + " matches have a query word in the title");
  }

  /**
   * The search may skip passages that cannot reach the top (block-max WAND) only as far as the
   * largest lift allows: the top ten must be those of scoring every match.
   */
  @Test
  void skippingFindsTheSameTopHitsAsScoringEveryMatch() throws Exception {
    Random random = new Random(11);
    int skippedSomewhere = 0;
    for (int round = 0; round < 60; round++) {
      int[] words = new int[1 + random.nextInt(4)];
      for (int i = 0; i < words.length; i++) {
        words[i] = skewed(random);
      }
      Query lifted = new TitleLift(text(words), title(words), 0.25f);
      TopDocs skipping = searcher.search(lifted, new TopScoreDocCollectorManager(10, 10));
      TopDocs everything = searcher.search(lifted, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
      assertArrayEquals(docs(everything), docs(skipping), "top ten for words " + java.util.Arrays.toString(words));
      if (skipping.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
          && skipping.totalHits.value() < everything.totalHits.value()) {
        skippedSomewhere++;
      }
    }
    assertTrue(skippedSomewhere > 10, "the search skipped matches in " + skippedSomewhere + " of 60 queries");
  }

  private static int[] docs(TopDocs top) {
    return java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
  }
}
