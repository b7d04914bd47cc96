package dk.konferencebasen.search;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.analysis.DanishLemmatizer;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.schema.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Everything that can be asked of an index on disk: searches, whole reports, completions,
 * statistics, the analyzer's view of a text, and the researchers' calls (export, trends,
 * concordance, entities, related passages). Every call works on one {@link Snapshot};
 * {@link #refresh()} makes the indexer's newest commit visible to the calls that start after it,
 * while calls in flight finish on the snapshot they began with. Thread-safe.
 */
public final class Searcher implements SearchBackend, Closeable {
  private final Directory directory;
  private final SearcherManager manager;
  private final QueryBuilder queries;
  private final ReportSearch reportSearch;
  private final TalkSearch talkSearch;
  private final SynonymFile synonyms;
  private final Analyzer indexAnalyzer = IndexSchema.analyzer();
  /** Searches that run at once: two per core keep both busy while one waits on the disk. */
  private final Semaphore turns = new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

  private Searcher(Directory directory, SearcherManager manager, SynonymFile synonyms) {
    this.directory = directory;
    this.manager = manager;
    this.synonyms = synonyms;
    this.queries = new QueryBuilder(synonyms);
    this.reportSearch = new ReportSearch(queries);
    this.talkSearch = new TalkSearch(queries);
  }

  /** A searcher without synonyms. */
  public static Searcher open(Path index) throws IndexNotReadyException {
    return open(index, SynonymFile.none());
  }

  public static Searcher open(Path index, SynonymFile synonyms) throws IndexNotReadyException {
    if (!Files.isDirectory(index)) {
      throw new IndexNotReadyException("no index at " + index.toAbsolutePath()
          + ": build one first with ./kb index --corpus DIR --index " + index);
    }
    // The Danish dictionaries load while the index opens: together they are most of a start-up.
    CompletableFuture.runAsync(DanishLemmatizer::shared);
    Directory directory = null;
    try {
      directory = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotReadyException("the folder " + index.toAbsolutePath()
            + " holds no committed index yet: build one with ./kb index --corpus DIR --index " + index
            + " (or wait for the running indexer's first commit)");
      }
      return new Searcher(directory, new SearcherManager(directory, new Snapshot.Factory()), synonyms);
    } catch (IndexNotReadyException e) {
      closeQuietly(directory);
      throw e;
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new IndexNotReadyException("no index in " + index.toAbsolutePath(), e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      throw new IndexNotReadyException("cannot open the index at " + index.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** Picks up the indexer's latest commit, if there is a newer one. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
    return inTurn(snapshot -> reportSearch.search(snapshot, request));
  }

  public SearchResult search(String query, int limit, int offset) throws InvalidQueryException, IOException {
    return search(SearchRequest.of(query, limit, offset));
  }

  /** Talks of programmes, each a hit of its own; without a query, every talk the filters keep. */
  @Override
  public TalksResult talks(TalkRequest request) throws InvalidQueryException, IOException {
    return inTurn(snapshot -> talkSearch.search(snapshot, request));
  }

  @Override
  public Optional<ReportDocument> document(String id) throws IOException {
    return withSnapshot(snapshot -> IndexContents.document(snapshot, id));
  }

  /** The report's original file, when the server has it in the corpus folder it was indexed from. */
  @Override
  public Optional<OriginalFile> originalFile(String reportId) throws IOException {
    return withSnapshot(snapshot -> IndexContents.originalFile(snapshot, reportId));
  }

  @Override
  public IndexStats stats() throws IOException {
    return withSnapshot(Snapshot::stats);
  }

  @Override
  public Suggestions suggest(String prefix, int limit) throws IOException {
    return withSnapshot(snapshot -> new Suggestions(snapshot.completions().lookup(prefix, limit), snapshot.commit()));
  }

  /** The commit that calls starting now are answered from. */
  @Override
  public String indexCommit() throws IOException {
    return withSnapshot(Snapshot::commit);
  }

  /**
   * What the Danish analyzer makes of a text: as indexed (compounds with their parts), or as a
   * query (compounds whole, synonyms added).
   */
  @Override
  public List<AnalyzedToken> analyze(String text, boolean asQuery) {
    return AnalyzedToken.of(asQuery ? synonyms.queryAnalyzer() : indexAnalyzer, IndexSchema.TEXT, text);
  }

  /** The passages a selection means, read as /api/search reads them. */
  public Query passages(Snapshot snapshot, PassageSelection selection) throws InvalidQueryException, IOException {
    return selection.filters().passagesMatching(queries.parse(selection.query(), snapshot.getIndexReader()));
  }

  /** A call on one snapshot of the index: every read inside it sees the same commit. */
  public interface SnapshotCall<T, E extends Exception> {
    T apply(Snapshot snapshot) throws E, IOException;
  }

  /**
   * A search waits for its turn. Run all at once, every search slows down for all: 32 at once on
   * 2 cores made each 16 times slower, and the few that cost seconds alone passed the clients'
   * 30 s timeout in the soak. In a fair line a long search stays long, but not endless.
   */
  public <T, E extends Exception> T inTurn(SnapshotCall<T, E> call) throws E, IOException {
    turns.acquireUninterruptibly();
    try {
      return withSnapshot(call);
    } finally {
      turns.release();
    }
  }

  /** The call on the current snapshot, without waiting for a turn: for calls that cost little or stream. */
  public <T, E extends Exception> T withSnapshot(SnapshotCall<T, E> call) throws E, IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return call.apply((Snapshot) searcher);
    } finally {
      manager.release(searcher);
    }
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
