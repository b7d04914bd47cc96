package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Answers queries from an index on disk: matching passages grouped by report, reports ranked by
 * their best passage. Reads through a {@link SearcherManager}, so {@link #refresh()} makes a new
 * commit of the indexer visible while searches in flight finish on their snapshot.
 */
public final class Searcher implements Closeable {
  public static final int PASSAGES_PER_REPORT = 3;
  private static final Set<String> PASSAGE_FIELDS =
      Set.of(ID, ORDINAL, TEXT, PERSON, ORGANISATION, MUNICIPALITY, REPORT_ID);
  private static final Set<String> REPORT_FIELDS = Set.of(ID, TITLE, CONFERENCE, DATE, PATH, URL);

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryBuilder queries = new QueryBuilder();

  private Searcher(Directory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
  }

  public static Searcher open(Path index) throws IndexNotReadyException {
    if (!Files.isDirectory(index)) {
      throw new IndexNotReadyException("no index at " + index.toAbsolutePath()
          + ": build one first with ./kb index --corpus DIR --index " + index);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotReadyException("the folder " + index.toAbsolutePath()
            + " holds no committed index yet: build one with ./kb index --corpus DIR --index " + index);
      }
      return new Searcher(directory, new SearcherManager(directory, null));
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new IndexNotReadyException("no index in " + index.toAbsolutePath(), e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexNotReadyException("cannot open the index at " + index.toAbsolutePath() + ": " + e.getMessage(), e);
    } catch (IndexNotReadyException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /** Picks up the indexer's latest commit, if there is a newer one. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  public SearchResult search(String userQuery, int limit, int offset) throws InvalidQueryException, IOException {
    long began = System.nanoTime();
    Query query = queries.passages(userQuery);
    IndexSearcher searcher = manager.acquire();
    try {
      GroupingSearch grouping = new GroupingSearch(REPORT_ID)
          .setGroupDocsLimit(PASSAGES_PER_REPORT)
          .setAllGroups(true)
          .setIncludeMaxScore(true);
      TopGroups<BytesRef> groups = grouping.search(searcher, query, offset, limit);
      long totalPassages = searcher.count(query);
      int totalReports = groups.totalGroupCount == null ? groups.groups.length : groups.totalGroupCount;

      List<int[]> passageDocs = new ArrayList<>();
      for (GroupDocs<BytesRef> group : groups.groups) {
        passageDocs.add(Arrays.stream(group.scoreDocs()).mapToInt(sd -> sd.doc).toArray());
      }
      int[] allDocs = passageDocs.stream().flatMapToInt(Arrays::stream).toArray();
      List<List<Match>> matches = new MatchHighlighter(searcher).matches(query, allDocs);

      StoredFields stored = searcher.storedFields();
      List<ReportHit> hits = new ArrayList<>();
      int next = 0;
      for (GroupDocs<BytesRef> group : groups.groups) {
        List<PassageHit> passages = new ArrayList<>();
        for (ScoreDoc sd : group.scoreDocs()) {
          passages.add(passageHit(stored.document(sd.doc, PASSAGE_FIELDS), sd.score, matches.get(next++)));
        }
        String reportId = group.groupValue().utf8ToString();
        hits.add(reportHit(searcher, reportId, group.maxScore(), passages));
      }
      return new SearchResult(totalReports, totalPassages, hits, (System.nanoTime() - began) / 1_000_000);
    } finally {
      manager.release(searcher);
    }
  }

  private static PassageHit passageHit(Document doc, float score, List<Match> matches) {
    return new PassageHit(
        doc.get(ID),
        doc.getField(ORDINAL).numericValue().intValue(),
        score,
        doc.get(TEXT),
        matches,
        List.of(doc.getValues(PERSON)),
        List.of(doc.getValues(ORGANISATION)),
        List.of(doc.getValues(MUNICIPALITY)));
  }

  private static ReportHit reportHit(IndexSearcher searcher, String reportId, float score, List<PassageHit> passages)
      throws IOException {
    Query report = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ID, reportId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(TYPE, TYPE_REPORT)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(report, 1);
    Document doc = top.scoreDocs.length == 0 ? new Document()
        : searcher.storedFields().document(top.scoreDocs[0].doc, REPORT_FIELDS);
    return new ReportHit(reportId, doc.get(TITLE), doc.get(CONFERENCE), doc.get(DATE), doc.get(PATH), doc.get(URL),
        score, passages);
  }

  @Override
  public void close() throws IOException {
    manager.close();
    directory.close();
  }

  private static void closeQuietly(Directory directory) {
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }
}
