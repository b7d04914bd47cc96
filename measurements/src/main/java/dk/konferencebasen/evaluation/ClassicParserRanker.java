package dk.konferencebasen.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A stock Lucene set-up, as a general-purpose engine would have it: the given passages in an
 * in-memory index with one text field analysed by {@code analyzer}, queried through Lucene's
 * classic QueryParser (default operator OR) with the same analyzer, ranked by BM25.
 */
public final class ClassicParserRanker implements Ranker {
  static final String ID = "id";
  static final String TEXT = "text";

  private final Analyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public ClassicParserRanker(Analyzer analyzer, List<IndexedPassage> passages) throws IOException {
    this.analyzer = analyzer;
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (IndexedPassage p : passages) {
        Document doc = new Document();
        doc.add(new StoredField(ID, p.id()));
        doc.add(new TextField(TEXT, p.text(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public List<String> rank(String queryText) throws UnparseableQueryException, IOException {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    Query query;
    try {
      query = parser.parse(queryText);
    } catch (ParseException | RuntimeException e) {
      throw new UnparseableQueryException(e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, RankingMetrics.K).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ID));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
