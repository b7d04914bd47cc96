package dk.konferencebasen.reliability;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index holds, independent of segment layout and commit times: one line per live
 * document (report id + content hash + path, or passage id + a hash of its text), sorted. Two
 * indexes of the same corpus must have equal fingerprints however they were built.
 */
public record IndexFingerprint(List<String> lines, int reports, int passages) {
  public static IndexFingerprint of(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> lines = new ArrayList<>();
      int reports = 0;
      int passages = 0;
      StoredFields stored = searcher.storedFields();
      Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.REPORT_ID,
          IndexSchema.CONTENT_HASH, IndexSchema.PATH, IndexSchema.TEXT);
      for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.numDocs())).scoreDocs) {
        Document doc = stored.document(hit.doc, fields);
        if (doc.get(IndexSchema.PATH) != null) { // only reports store their path (the type is not stored)
          reports++;
          lines.add("report " + doc.get(IndexSchema.REPORT_ID) + " " + doc.get(IndexSchema.CONTENT_HASH) + " " + doc.get(IndexSchema.PATH));
        } else {
          passages++;
          String text = doc.get(IndexSchema.TEXT);
          lines.add("passage " + doc.get(IndexSchema.ID) + " " + (text == null ? 0 : text.hashCode()));
        }
      }
      Collections.sort(lines);
      return new IndexFingerprint(List.copyOf(lines), reports, passages);
    }
  }
}
