package dk.konferencebasen.evaluation;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/** A passage as the real index holds it: its id, the corpus file of its report, its text. */
public record IndexedPassage(String id, String file, int ordinal, String text) {

  /** Every passage of the index at {@code index}, by file and then by position in the report. */
  public static List<IndexedPassage> readAll(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, String> pathOfReport = new HashMap<>();
      for (Document report : all(searcher, IndexSchema.reportsOnly(), Set.of(IndexSchema.REPORT_ID, IndexSchema.PATH))) {
        pathOfReport.put(report.get(IndexSchema.REPORT_ID), report.get(IndexSchema.PATH));
      }
      List<IndexedPassage> passages = new ArrayList<>();
      for (Document p : all(searcher, IndexSchema.passagesOnly(),
          Set.of(IndexSchema.ID, IndexSchema.REPORT_ID, IndexSchema.ORDINAL, IndexSchema.TEXT))) {
        String file = pathOfReport.get(p.get(IndexSchema.REPORT_ID));
        if (file == null) {
          throw new IllegalStateException("passage " + p.get(IndexSchema.ID) + " has no report document in " + index);
        }
        passages.add(new IndexedPassage(p.get(IndexSchema.ID), file,
            p.getField(IndexSchema.ORDINAL).numericValue().intValue(), p.get(IndexSchema.TEXT)));
      }
      passages.sort(Comparator.comparing(IndexedPassage::file).thenComparingInt(IndexedPassage::ordinal));
      return List.copyOf(passages);
    }
  }

  private static List<Document> all(IndexSearcher searcher, Query query, Set<String> fields) throws IOException {
    int count = Math.max(1, searcher.count(query));
    List<Document> docs = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
      docs.add(searcher.storedFields().document(hit.doc, fields));
    }
    return docs;
  }
}
