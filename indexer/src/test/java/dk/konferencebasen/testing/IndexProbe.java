package dk.konferencebasen.testing;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.ReportIds;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/** Reads an index the way the tests need: a report by its path, a passage by its text. */
public final class IndexProbe implements AutoCloseable {
  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private IndexProbe(FSDirectory dir) throws IOException {
    this.dir = dir;
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
  }

  public static IndexProbe open(Path index) throws IOException {
    return new IndexProbe(FSDirectory.open(index));
  }

  public String reportIdOf(String relativePath) {
    return ReportIds.reportId(relativePath);
  }

  public Document report(String relativePath) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(IndexSchema.PATH, relativePath)), 2).scoreDocs;
    if (hits.length != 1) {
      throw new AssertionError(hits.length + " reports for " + relativePath);
    }
    return searcher.storedFields().document(hits[0].doc);
  }

  public int reportCount() throws IOException {
    return searcher.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_REPORT)));
  }

  /** Every passage document's stored fields. */
  public java.util.List<Document> passages() throws IOException {
    java.util.List<Document> passages = new java.util.ArrayList<>();
    Query all = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
    for (ScoreDoc hit : searcher.search(all, Math.max(1, reader.maxDoc())).scoreDocs) {
      passages.add(searcher.storedFields().document(hit.doc));
    }
    return passages;
  }

  public int passagesOf(String reportId) throws IOException {
    return searcher.count(passagesOfReport(reportId).build());
  }

  /** The passage of the report whose stored text contains {@code snippet}. */
  public Document passageContaining(String relativePath, String snippet) throws IOException {
    BooleanQuery.Builder query = passagesOfReport(reportIdOf(relativePath));
    for (ScoreDoc hit : searcher.search(query.build(), 10_000).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      if (doc.get(IndexSchema.TEXT).contains(snippet)) {
        return doc;
      }
    }
    throw new AssertionError("no passage of " + relativePath + " contains " + snippet);
  }

  /** Paths of the reports with a passage matching {@code word} as the Danish analyzer reads it. */
  public java.util.List<String> reportsMatching(String word) throws IOException {
    return reportsWithPassages(IndexSchema.TEXT, word);
  }

  /** Paths of the reports with a passage whose acronym aliases match {@code words}. */
  public java.util.List<String> reportsMatchingAlias(String words) throws IOException {
    return reportsWithPassages(IndexSchema.ALIASES, words);
  }

  private java.util.List<String> reportsWithPassages(String field, String words) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)), Occur.FILTER);
    for (String term : analyze(words)) {
      query.add(new TermQuery(new Term(field, term)), Occur.MUST);
    }
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (ScoreDoc hit : searcher.search(query.build(), 10_000).scoreDocs) {
      String reportId = searcher.storedFields().document(hit.doc).get(IndexSchema.REPORT_ID);
      Query report = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.ID, reportId)), Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_REPORT)), Occur.FILTER).build();
      paths.add(searcher.storedFields().document(searcher.search(report, 1).scoreDocs[0].doc).get(IndexSchema.PATH));
    }
    return java.util.List.copyOf(paths);
  }

  private static java.util.List<String> analyze(String text) {
    return AnalyzedToken.terms(IndexSchema.queryAnalyzer(null), IndexSchema.TEXT, text);
  }

  private static BooleanQuery.Builder passagesOfReport(String reportId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.REPORT_ID, reportId)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)), Occur.FILTER);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
