package dk.konferencebasen.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A typed pattern finds the words as written, although the text field holds their lemmas and stems. */
class WordPatternQueryTest {
  private static final List<String> TEXTS = List.of(
      "Kommunens mange frivillige var med.",
      "Frivilligcentret i Haslev holdt åbent.",
      "Integrationen af nye borgere tager tid.",
      "Fri vilje er et filosofisk emne.",
      "Børnene legede i børnehaven.");

  private static Set<String> found(IndexSearcher searcher, String q) throws Exception {
    Set<String> ids = new TreeSet<>();
    Query query = new QueryBuilder().parse(q);
    for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
    }
    return ids;
  }

  private static DirectoryReader index(ByteBuffersDirectory dir, List<String> texts) throws IOException {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (int i = 0; i < texts.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, "p" + i, Field.Store.YES));
        doc.add(new TextField(IndexSchema.TEXT, texts.get(i), Field.Store.NO));
        doc.add(new TextField(IndexSchema.SPELL, texts.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return DirectoryReader.open(dir);
  }

  @Test
  void findsTheWordsAsWrittenAndTheFieldsOwnTerms() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir, TEXTS)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(Set.of("p0", "p1"), found(searcher, "frivillig*"));
      assertEquals(Set.of("p0", "p1"), found(searcher, "Frivillig*"));
      assertEquals(Set.of("p0"), found(searcher, "fri?illige"));
      assertEquals(Set.of("p2"), found(searcher, "integrat*"));
      assertEquals(Set.of(), found(searcher, "frivilligt*"));
      // "Børnene" is indexed under its lemma "barn"
      assertEquals(Set.of("p4"), found(searcher, "børnene*"));
      assertEquals(Set.of("p4"), found(searcher, "børn*"));
    }
  }

  @Test
  void aPatternThatMatchesNothingStillTakesPartInTheFieldsStatistics() throws Exception {
    Set<String> asked = new HashSet<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
         DirectoryReader reader = index(dir, List.of("Intet om det her."))) {
      // as a cluster's shard that holds no matching word: its passages must still count (dfs)
      IndexSearcher shard = new IndexSearcher(reader) {
        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
          asked.add(field);
          return super.collectionStatistics(field);
        }
      };
      Query query = shard.rewrite(new QueryBuilder().parse("frivillig*"));
      shard.createWeight(query, ScoreMode.COMPLETE, 1f);
      assertTrue(asked.contains(IndexSchema.TEXT), asked.toString());
      assertEquals(0, shard.count(query));
    }
  }
}
