package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.ExtractionException;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.Extractor;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportDocuments;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file from the corpus into the index: its content hash against the one indexed, its
 * sidecar, extraction (in a child process), the report built from both, and the report's block
 * written in place of the old one. Whatever goes wrong is the file's {@link FileOutcome.Failed},
 * never the run's. Thread-safe: the run's worker threads share one pipeline.
 */
final class FilePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(FilePipeline.class);

  private final IndexWriter writer;
  private final Extractor extractor;
  private final SiteTemplate template;
  private final ExtractionLimits limits;
  private final Path corpus;
  private final ReportBuilder reports = new ReportBuilder();
  private final ReportDocuments documents = new ReportDocuments();
  private final CommitPolicy commits = new CommitPolicy();

  FilePipeline(IndexWriter writer, Extractor extractor, SiteTemplate template, ExtractionLimits limits, Path corpus) {
    this.writer = writer;
    this.extractor = extractor;
    this.template = template;
    this.limits = limits;
    this.corpus = corpus;
  }

  /** @param indexedHash the content hash the index holds for this file, or null when it has none */
  FileOutcome index(CorpusFile file, String indexedHash, AcronymPairs corpusAcronyms) {
    String hash;
    try {
      hash = ContentHash.of(file.path(), Sidecar.pathFor(file.path()));
    } catch (IOException e) {
      return failed(file, e);
    }
    if (hash.equals(indexedHash)) {
      return new FileOutcome.Unchanged(file.relativePath());
    }
    return build(file, hash, corpusAcronyms);
  }

  /** Builds and writes the file's report, recording {@code hash} as what it was built from. */
  FileOutcome build(CorpusFile file, String hash, AcronymPairs corpusAcronyms) {
    try {
      Path sidecarPath = Sidecar.pathFor(file.path());
      Sidecar sidecar = Files.isRegularFile(sidecarPath) ? Sidecar.read(sidecarPath) : Sidecar.NONE;
      Extraction extraction = extractor.extract(file.path());
      Report report = reports.build(file, hash, extraction, sidecar, template.lines(), corpusAcronyms);
      writer.updateDocuments(new Term(IndexSchema.REPORT_ID, report.id()), documents.toDocuments(report));
      if (extraction.truncated()) {
        LOG.warn("{}: text cut off at the limit of {} characters", file.relativePath(), limits.maxChars());
      }
      // a crash loses at most the files since the last commit
      if (commits.fileIndexed()) {
        Indexer.commit(writer, corpus);
      }
      Optional<IndexRunSummary.TextLoss> loss = report.audit().removedShare() > IndexRunSummary.REPORTED_LOSS
          ? Optional.of(new IndexRunSummary.TextLoss(file.relativePath(), report.audit().removedShare(),
              TextLosses.reasons(report.audit())))
          : Optional.empty();
      return new FileOutcome.Indexed(file.relativePath(), report.passages().size(), loss);
    } catch (ExtractionException | Sidecar.InvalidSidecarException e) {
      return new FileOutcome.Failed(file.relativePath(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.debug("failed on {}", file.relativePath(), e);
      return failed(file, e);
    } catch (StackOverflowError e) {
      // one pathological text (deep regex backtracking) must not end the whole run; the
      // stack is unwound by now, so going on is safe
      return new FileOutcome.Failed(file.relativePath(), "text too complex to cut into passages (stack overflow)");
    }
  }

  private static FileOutcome.Failed failed(CorpusFile file, Exception e) {
    return new FileOutcome.Failed(file.relativePath(), e instanceof AccessDeniedException
        ? "cannot read: permission denied" : e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
