package dk.konferencebasen.search;

import dk.konferencebasen.completion.CompletionEntries;
import dk.konferencebasen.schema.FacetState;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * One index commit as searches see it: the searcher, the facet ordinals of that reader, the
 * commit's identity, and the completions built from it on first use. A search holds one
 * snapshot from start to end, so a re-index never changes an answer half-way.
 */
public final class Snapshot extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final String commit;
  private final Optional<String> indexedAt;
  private final Optional<Path> corpus;
  private Completions completions;
  private IndexStats stats;
  private SameTextReports sameText;

  private Snapshot(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = FacetState.of(reader);
    IndexCommit indexCommit = ((DirectoryReader) reader).getIndexCommit();
    this.commit = Long.toString(indexCommit.getGeneration());
    Map<String, String> userData = indexCommit.getUserData();
    this.indexedAt = Optional.ofNullable(userData.get(IndexSchema.COMMIT_INDEXED_AT));
    this.corpus = Optional.ofNullable(userData.get(IndexSchema.COMMIT_CORPUS)).map(Path::of);
  }

  /** Creates snapshots for a SearcherManager. */
  public static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      Snapshot snapshot = new Snapshot(reader);
      reader.getReaderCacheHelper().addClosedListener(key -> snapshot.closeCompletions());
      return snapshot;
    }
  }

  /** Null when no passage has a facet value yet (an empty index). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public String commit() {
    return commit;
  }

  public Optional<String> indexedAt() {
    return indexedAt;
  }

  /** The corpus folder the commit was indexed from; absent for an index written before it was recorded. */
  public Optional<Path> corpus() {
    return corpus;
  }

  /** Counted once per commit: /api/stats is asked often and its counts only change with one. */
  public synchronized IndexStats stats() throws IOException {
    if (stats == null) {
      stats = IndexContents.stats(this);
    }
    return stats;
  }

  /** The reports that share their text with others; read on first use, once per commit. */
  public synchronized SameTextReports sameText() throws IOException {
    if (sameText == null) {
      sameText = SameTextReports.read(getIndexReader());
    }
    return sameText;
  }

  public synchronized Completions completions() throws IOException {
    if (completions == null) {
      completions = Completions.of(CompletionEntries.of(this, facetState));
    }
    return completions;
  }

  private synchronized void closeCompletions() throws IOException {
    if (completions != null) {
      completions.close();
      completions = null;
    }
  }
}
