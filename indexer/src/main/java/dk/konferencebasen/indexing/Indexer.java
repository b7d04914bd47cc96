package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.CorpusWalker;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.Extractor;
import dk.konferencebasen.extraction.IsolatedExtractor;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One indexing run, the orchestration: walks the corpus, removes reports whose files are gone,
 * hands every file to the {@link FilePipeline} on {@code threads} threads (each parsing in a
 * child JVM of its own, {@link IsolatedExtractor}) — which re-extracts only files whose content
 * or sidecar changed — and sums up what became of each ({@link FileOutcome}); then the corpus-wide
 * passes, the commit and the merge.
 *
 * <p>At the end of every run, {@link SameTextPass} groups the reports of the whole index that hold
 * the same text (a file and its copy in another format), so that a search shows them as one hit.
 *
 * <p>Crash safety comes from Lucene's commits: a report's documents are replaced as one block,
 * the index is committed as {@link CommitPolicy} says and at the end, and a kill at any moment
 * leaves the last commit readable. Since every report carries the hash of the
 * content it was built from, the next run picks up exactly where the killed one stopped.
 */
public final class Indexer {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  public record Options(Path corpus, Path index, boolean rebuild, int threads, ExtractionLimits limits) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }
  }

  /** What the index already holds for a path. */
  private record Indexed(String reportId, String contentHash) {}


  public IndexRunSummary run(Options options, ProgressListener progress) throws IndexerException {
    Instant began = Instant.now();
    // A second indexer is told at once, not after walking a large corpus and loading the
    // dictionaries (seconds): the write lock is probed first. The IndexWriter below takes it for
    // real, so one that starts in between is still refused, only later.
    probeLock(options.index());
    Path corpus = options.corpus().toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus)) {
      throw new IndexerException("corpus folder " + corpus + " does not exist or is not a folder");
    }
    if (!Files.isReadable(corpus)) {
      throw new IndexerException("corpus folder " + corpus + " cannot be read (permissions)");
    }
    List<IndexRunSummary.Failure> failed = new ArrayList<>();
    List<CorpusFile> files;
    Set<String> unreadable = new HashSet<>();
    try {
      files = CorpusWalker.walk(corpus, (path, reason) -> {
        unreadable.add(path);
        failed.add(new IndexRunSummary.Failure(path, reason));
      });
    } catch (IOException e) {
      throw new IndexerException("cannot walk corpus folder " + corpus + ": " + e.getMessage(), e);
    }

    try (Directory dir = FSDirectory.open(createIndexFolder(options.index()));
         IndexWriter writer = openWriter(dir, options)) {
      boolean rebuilt = options.rebuild();
      Map<String, Indexed> existing = readIndexed(writer);
      if (!rebuilt && !existing.isEmpty() && !IndexSchema.VERSION.equals(schemaVersion(writer))) {
        LOG.warn("index {} was built with another schema version; rebuilding it", options.index());
        writer.deleteAll();
        existing = Map.of();
        rebuilt = true;
      }
      List<String> removed = removeGone(writer, existing, files, unreadable);
      AcronymPairs acronymsAtStart = AcronymPass.corpusPairs(writer);

      long totalBytes = files.stream().mapToLong(CorpusFile::size).sum();
      progress.started(files.size(), totalBytes);
      // the site template is judged over the whole corpus, unchanged files included; it is only
      // read when a file has to be indexed, so a run that finds nothing changed reads nothing twice
      SiteTemplate template = new SiteTemplate(files);
      // each file is parsed in a child JVM: a parser that hangs or exhausts memory costs that file only
      Extractor extractor = new IsolatedExtractor(options.limits());
      FilePipeline pipeline = new FilePipeline(writer, extractor, template, options.limits(), options.corpus());
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      List<FileOutcome> outcomes = new ArrayList<>();
      try {
        Map<String, Indexed> before = existing;
        outcomes.addAll(inParallel(pool, files, file -> {
          try {
            Indexed old = before.get(file.relativePath());
            return pipeline.index(file, old == null ? null : old.contentHash(), acronymsAtStart);
          } finally {
            progress.fileDone(file.relativePath(), file.size());
          }
        }));
        // built again, not indexed: only their failures count
        rebuildForCorpusAcronyms(writer, pipeline, files, pool).stream()
            .filter(FileOutcome.Failed.class::isInstance).forEach(outcomes::add);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IndexerException("interrupted; the index keeps its last commit", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IndexerException("indexing failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
        extractor.close();
        progress.finished();
      }

      SameTextPass.Outcome sameText = SameTextPass.run(writer);
      logSameText(sameText);
      commit(writer, options.corpus());
      long indexedCount = outcomes.stream().filter(FileOutcome.Indexed.class::isInstance).count();
      if (rebuilt || indexedCount > existing.size()) {
        mergeForSearching(writer, options.corpus());
      }
      return summary(outcomes, failed, removed, totalBytes, rebuilt, Duration.between(began, Instant.now()), sameText);
    } catch (LockObtainFailedException e) {
      throw locked(options.index(), e);
    } catch (IOException e) {
      throw new IndexerException("cannot write index " + options.index() + ": " + e.getMessage(), e);
    }
  }

  /** Removes the reports of files gone from the corpus (not of files that could not be read); returns their paths. */
  private static List<String> removeGone(IndexWriter writer, Map<String, Indexed> existing, List<CorpusFile> files,
      Set<String> unreadable) throws IOException {
    Set<String> present = new HashSet<>(unreadable);
    files.forEach(f -> present.add(f.relativePath()));
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, Indexed> entry : existing.entrySet()) {
      if (!present.contains(entry.getKey())) {
        writer.deleteDocuments(new Term(IndexSchema.REPORT_ID, entry.getValue().reportId()));
        removed.add(entry.getKey());
      }
    }
    Collections.sort(removed);
    return removed;
  }

  /** The run's summary from what became of each file, in path order. */
  private static IndexRunSummary summary(List<FileOutcome> outcomes, List<IndexRunSummary.Failure> unreadable,
      List<String> removed, long totalBytes, boolean rebuilt, Duration took, SameTextPass.Outcome sameText) {
    List<String> indexed = new ArrayList<>();
    List<IndexRunSummary.Failure> failed = new ArrayList<>(unreadable);
    List<IndexRunSummary.TextLoss> losses = new ArrayList<>();
    int unchanged = 0;
    long passages = 0;
    for (FileOutcome outcome : outcomes) {
      switch (outcome) {
        case FileOutcome.Unchanged u -> unchanged++;
        case FileOutcome.Indexed i -> {
          indexed.add(i.path());
          passages += i.passages();
          i.loss().ifPresent(losses::add);
        }
        case FileOutcome.Failed f -> failed.add(new IndexRunSummary.Failure(f.path(), f.reason()));
      }
    }
    Collections.sort(indexed);
    failed.sort(Comparator.comparing(IndexRunSummary.Failure::path));
    losses.sort(Comparator.comparing(IndexRunSummary.TextLoss::path));
    return new IndexRunSummary(indexed, unchanged, removed, failed, losses, passages, totalBytes, rebuilt, took,
        sameText.grouped(), sameText.groups());
  }

  private static void logSameText(SameTextPass.Outcome sameText) {
    if (sameText.groups() > 0 || sameText.updated() > 0) {
      LOG.info("same text: {} of {} fingerprinted reports in {} groups ({} pairs compared, {} reports updated) in {} ms",
          sameText.grouped(), sameText.fingerprinted(), sameText.groups(), sameText.compared(), sameText.updated(),
          sameText.millis());
    } else {
      LOG.debug("same text: no groups among {} fingerprinted reports ({} pairs compared) in {} ms",
          sameText.fingerprinted(), sameText.compared(), sameText.millis());
    }
  }

  /** Runs the task for each file on the pool and returns the outcomes in the files' order. */
  private static List<FileOutcome> inParallel(ExecutorService pool, List<CorpusFile> files,
      java.util.function.Function<CorpusFile, FileOutcome> task) throws InterruptedException, java.util.concurrent.ExecutionException {
    List<Future<FileOutcome>> tasks = new ArrayList<>();
    for (CorpusFile file : files) {
      tasks.add(pool.submit(() -> task.apply(file)));
    }
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Future<FileOutcome> t : tasks) {
      outcomes.add(t.get());
    }
    return outcomes;
  }

  /**
   * Builds again, with the corpus's acronyms as they are now, the reports that were built with
   * other ones ({@link AcronymPass}). Their content did not change, so they do not count as indexed.
   */
  private static List<FileOutcome> rebuildForCorpusAcronyms(IndexWriter writer, FilePipeline pipeline,
      List<CorpusFile> files, ExecutorService pool)
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    AcronymPass.Outcome acronyms = AcronymPass.run(writer);
    if (acronyms.stale().isEmpty()) {
      return List.of();
    }
    Map<String, CorpusFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.relativePath(), f));
    // unreadable this run: it keeps what it has
    List<CorpusFile> stale = acronyms.stale().keySet().stream().map(byPath::get).filter(java.util.Objects::nonNull).toList();
    // the stored hash goes with it: should the file change meanwhile, the next run sees it
    List<FileOutcome> outcomes = inParallel(pool, stale,
        file -> pipeline.build(file, acronyms.stale().get(file.relativePath()), acronyms.corpus()));
    LOG.info("acronyms: {} pairs in the corpus; {} reports built again to use them as the corpus defines them",
        acronyms.corpus().names().size(), stale.size());
    return outcomes;
  }

  /** Fails when another indexer holds the index's write lock; a folder that does not exist yet has none. */
  private static void probeLock(Path index) throws IndexerException {
    if (!Files.isDirectory(index)) {
      return;
    }
    try (Directory dir = FSDirectory.open(index); Lock free = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      // obtained, so nobody writes now; released at once for the IndexWriter
    } catch (LockObtainFailedException e) {
      throw locked(index, e);
    } catch (IOException e) {
      throw new IndexerException("cannot write index " + index + ": " + e.getMessage(), e);
    }
  }

  private static IndexerException locked(Path index, LockObtainFailedException e) {
    return new IndexerException("index " + index + " is locked: another indexer is writing to it."
        + " Wait for it to finish (or, if no indexer runs, delete " + index.resolve("write.lock") + ")", e);
  }

  private static Path createIndexFolder(Path index) throws IOException {
    Files.createDirectories(index);
    return index;
  }

  private static IndexWriter openWriter(Directory dir, Options options) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(options.rebuild() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false); // only explicit commits count, so a failed run changes nothing half-way
    return new IndexWriter(dir, config);
  }

  /**
   * After a bulk load, merges the index into one segment. A million passages in Lucene's usual
   * sixteen segments made every search pay per segment (weights, facet ordinal maps): merged, the
   * bench's searches took about a fifth less CPU (docs/BENCHMARKS.md). Runs that change a few reports leave
   * merging to Lucene's policy. Everything is committed before, so a merge that fails (a full
   * disk) costs speed, not data.
   */
  private static void mergeForSearching(IndexWriter writer, Path corpus) {
    long began = System.nanoTime();
    try {
      writer.forceMerge(1);
      commit(writer, corpus);
      LOG.info("merged the index into one segment for faster searches in {} ms", (System.nanoTime() - began) / 1_000_000);
    } catch (IOException e) {
      LOG.warn("could not merge the index (searches work, only slower): {}", e.getMessage());
    }
  }

  /**
   * Commits what changed. A run that changed nothing makes no commit, so the index commit and
   * its time that researchers cite stay as they were; an index folder without any commit yet
   * gets one, so that an empty corpus still gives a readable index.
   */
  static void commit(IndexWriter writer, Path corpus) throws IOException {
    if (!writer.hasUncommittedChanges() && DirectoryReader.indexExists(writer.getDirectory())) {
      return;
    }
    writer.setLiveCommitData(Map.of(
        IndexSchema.COMMIT_SCHEMA_VERSION, IndexSchema.VERSION,
        IndexSchema.COMMIT_INDEXED_AT, Instant.now().toString(),
        // where the reports' paths are relative to, so the server can hand out the original files
        IndexSchema.COMMIT_CORPUS, corpus.toAbsolutePath().normalize().toString()).entrySet());
    writer.commit();
  }

  private static String schemaVersion(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) {
      return null;
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(IndexSchema.COMMIT_SCHEMA_VERSION)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Map<String, Indexed> readIndexed(IndexWriter writer) throws IOException {
    Map<String, Indexed> indexed = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query reports = IndexSchema.reportsOnly();
      int count = Math.max(1, searcher.count(reports));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(reports, count).scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(IndexSchema.PATH, IndexSchema.REPORT_ID, IndexSchema.CONTENT_HASH));
        indexed.put(doc.get(IndexSchema.PATH), new Indexed(doc.get(IndexSchema.REPORT_ID), doc.get(IndexSchema.CONTENT_HASH)));
      }
    }
    return indexed;
  }
}
