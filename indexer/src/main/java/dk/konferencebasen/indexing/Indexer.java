package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.CorpusWalker;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.ExtractionException;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.Extractor;
import dk.konferencebasen.extraction.IsolatedExtractor;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * One indexing run: walks the corpus, re-extracts only files whose content (or sidecar) changed,
 * removes reports whose files are gone, and commits. Extraction runs on {@code threads} threads,
 * each parsing in a child JVM of its own ({@link IsolatedExtractor}).
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

  private final ReportBuilder reports = new ReportBuilder();
  private final ReportDocuments documents = new ReportDocuments();

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
    List<IndexRunSummary.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    List<IndexRunSummary.TextLoss> losses = Collections.synchronizedList(new ArrayList<>());
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

      // the site template is judged over the whole corpus, unchanged files included; it is only
      // read when a file has to be indexed, so a run that finds nothing changed reads nothing twice
      SiteTemplate template = new SiteTemplate(files);
      long totalBytes = files.stream().mapToLong(CorpusFile::size).sum();
      progress.started(files.size(), totalBytes);
      // each file is parsed in a child JVM: a parser that hangs or exhausts memory costs that file only
      Extractor extractor = new IsolatedExtractor(options.limits());
      FileRun run = new FileRun(writer, extractor, template, options, failed, losses);
      AtomicInteger unchanged = new AtomicInteger();
      Map<String, Indexed> before = existing;
      // reports of files gone from the corpus go first, so that their acronyms go with them
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
      AcronymPairs acronymsAtStart = AcronymPass.corpusPairs(writer);

      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (CorpusFile file : files) {
          tasks.add(pool.submit(() -> {
            try {
              String hash = ContentHash.of(file.path(), Sidecar.pathFor(file.path()));
              Indexed old = before.get(file.relativePath());
              if (old != null && old.contentHash().equals(hash)) {
                unchanged.incrementAndGet();
              } else if (run.index(file, hash, acronymsAtStart, true)) {
                run.indexed.add(file.relativePath());
              }
            } catch (java.nio.file.AccessDeniedException e) {
              failed.add(new IndexRunSummary.Failure(file.relativePath(), "cannot read: permission denied"));
            } catch (IOException e) {
              failed.add(new IndexRunSummary.Failure(file.relativePath(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            } finally {
              progress.fileDone(file.relativePath(), file.size());
            }
            return null;
          }));
        }
        await(tasks);
        rebuildForCorpusAcronyms(run, files, pool);
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
      if (sameText.groups() > 0 || sameText.updated() > 0) {
        LOG.info("same text: {} of {} fingerprinted reports in {} groups ({} pairs compared, {} reports updated) in {} ms",
            sameText.grouped(), sameText.fingerprinted(), sameText.groups(), sameText.compared(), sameText.updated(),
            sameText.millis());
      } else {
        LOG.debug("same text: no groups among {} fingerprinted reports ({} pairs compared) in {} ms",
            sameText.fingerprinted(), sameText.compared(), sameText.millis());
      }
      commit(writer, options.corpus());
      if (rebuilt || run.indexed.size() > before.size()) {
        mergeForSearching(writer, options.corpus());
      }

      List<String> indexedSorted = new ArrayList<>(run.indexed);
      Collections.sort(indexedSorted);
      List<IndexRunSummary.Failure> failedSorted = new ArrayList<>(failed);
      failedSorted.sort((a, b) -> a.path().compareTo(b.path()));
      List<IndexRunSummary.TextLoss> lossesSorted = new ArrayList<>(losses);
      lossesSorted.sort((a, b) -> a.path().compareTo(b.path()));
      return new IndexRunSummary(indexedSorted, unchanged.get(), removed, failedSorted, lossesSorted,
          run.passages.get(), totalBytes, rebuilt, Duration.between(began, Instant.now()), sameText.grouped(),
          sameText.groups());
    } catch (LockObtainFailedException e) {
      throw locked(options.index(), e);
    } catch (IOException e) {
      throw new IndexerException("cannot write index " + options.index() + ": " + e.getMessage(), e);
    }
  }

  private static void await(List<Future<?>> tasks) throws InterruptedException, java.util.concurrent.ExecutionException {
    for (Future<?> task : tasks) {
      task.get();
    }
  }

  /**
   * Builds again, with the corpus's acronyms as they are now, the reports that were built with
   * other ones ({@link AcronymPass}). Their content did not change, so they do not count as indexed.
   */
  private static void rebuildForCorpusAcronyms(FileRun run, List<CorpusFile> files, ExecutorService pool)
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    AcronymPass.Outcome acronyms = AcronymPass.run(run.writer);
    if (acronyms.stale().isEmpty()) {
      return;
    }
    Map<String, CorpusFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.relativePath(), f));
    List<Future<?>> tasks = new ArrayList<>();
    for (Map.Entry<String, String> stale : acronyms.stale().entrySet()) {
      CorpusFile file = byPath.get(stale.getKey());
      if (file == null) {
        continue; // unreadable this run: it keeps what it has
      }
      // the stored hash goes with it: should the file change meanwhile, the next run sees it
      tasks.add(pool.submit(() -> run.index(file, stale.getValue(), acronyms.corpus(), false)));
    }
    await(tasks);
    LOG.info("acronyms: {} pairs in the corpus; {} reports built again to use them as the corpus defines them",
        acronyms.corpus().names().size(), tasks.size());
  }

  /**
   * What indexing one file needs and what it reports: a file is extracted, built into a report
   * and written as one block; what fails is recorded against the file and the run goes on.
   */
  private final class FileRun {
    final IndexWriter writer;
    final Extractor extractor;
    final SiteTemplate template;
    final Options options;
    final List<IndexRunSummary.Failure> failed;
    final List<IndexRunSummary.TextLoss> losses;
    final List<String> indexed = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong passages = new AtomicLong();
    final CommitPolicy commits = new CommitPolicy();

    FileRun(IndexWriter writer, Extractor extractor, SiteTemplate template, Options options,
        List<IndexRunSummary.Failure> failed, List<IndexRunSummary.TextLoss> losses) {
      this.writer = writer;
      this.extractor = extractor;
      this.template = template;
      this.options = options;
      this.failed = failed;
      this.losses = losses;
    }

    /**
     * Indexes the file; false when it failed (and was recorded as failed). {@code counted}: its
     * passages and text losses go into the run's summary (not when it is only built again).
     */
    boolean index(CorpusFile file, String hash, AcronymPairs corpusAcronyms, boolean counted) {
      try {
        Path sidecarPath = Sidecar.pathFor(file.path());
        Sidecar sidecar = Files.isRegularFile(sidecarPath) ? Sidecar.read(sidecarPath) : Sidecar.NONE;
        Extraction extraction = extractor.extract(file.path());
        Report report = reports.build(file, hash, extraction, sidecar, template.lines(), corpusAcronyms);
        List<Document> block = documents.toDocuments(report);
        writer.updateDocuments(new Term(IndexSchema.REPORT_ID, report.id()), block);
        if (counted) {
          passages.addAndGet(report.passages().size());
        }
        if (counted && report.audit().removedShare() > IndexRunSummary.REPORTED_LOSS) {
          losses.add(new IndexRunSummary.TextLoss(file.relativePath(), report.audit().removedShare(),
              TextLosses.reasons(report.audit())));
        }
        if (extraction.truncated()) {
          LOG.warn("{}: text cut off at the limit of {} characters", file.relativePath(), options.limits().maxChars());
        }
        if (commits.fileIndexed()) {
          commit(writer, options.corpus());
        }
        return true;
      } catch (ExtractionException | Sidecar.InvalidSidecarException e) {
        failed.add(new IndexRunSummary.Failure(file.relativePath(), e.getMessage()));
      } catch (java.nio.file.AccessDeniedException e) {
        failed.add(new IndexRunSummary.Failure(file.relativePath(), "cannot read: permission denied"));
      } catch (IOException | RuntimeException e) {
        failed.add(new IndexRunSummary.Failure(file.relativePath(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        LOG.debug("failed on {}", file.relativePath(), e);
      } catch (StackOverflowError e) {
        // one pathological text (deep regex backtracking) must not end the whole run; the
        // stack is unwound by now, so going on is safe
        failed.add(new IndexRunSummary.Failure(file.relativePath(), "text too complex to cut into passages (stack overflow)"));
      }
      return false;
    }
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
  private static void commit(IndexWriter writer, Path corpus) throws IOException {
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
