package dk.konferencebasen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The report document carries the scored passage fields empty, so their norms cover every
 * document (stored densely, no lookup per scored passage) while only passages hold terms: the
 * report matches no text query and BM25's document count is the passages'.
 */
class ScoredFieldNormsTest {
  @Test
  void everyDocumentHasTheScoredFieldsNormsButOnlyPassagesHoldTerms() throws Exception {
    Report written = FieldSpecTest.everything();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        writer.addDocuments(new ReportDocuments().toDocuments(written));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        int reportDoc = leaf.maxDoc() - 1;
        for (String field : new String[] {IndexSchema.TEXT, IndexSchema.TEXT_PAIRS}) {
          NumericDocValues norms = leaf.getNormValues(field);
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            assertTrue(norms.advanceExact(doc), field + ": no norm for document " + doc);
          }
          assertTrue(norms.advanceExact(reportDoc) && norms.longValue() == 0, field + ": the report's text is empty");
          assertEquals(written.passages().size(), leaf.terms(field).getDocCount(), field + ": only passages hold terms");
        }
      }
    }
  }
}
