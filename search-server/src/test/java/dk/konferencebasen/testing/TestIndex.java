package dk.konferencebasen.testing;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds real indexes on disk for the server's tests, from the repository's corpus/ folder. */
public final class TestIndex {
  private TestIndex() {}

  public static Path repositoryCorpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("corpus");
      if (Files.isRegularFile(corpus.resolve("000_3539d106741d8920.txt"))) {
        return corpus;
      }
    }
    throw new IllegalStateException("cannot find the repository's corpus/ folder above " + Path.of("").toAbsolutePath());
  }

  /** The repository's curated synonym file, config/synonyms.txt. */
  public static Path repositorySynonyms() {
    return repositoryCorpus().resolveSibling("config").resolve("synonyms.txt");
  }

  /** Copies the repository corpus into {@code dir}/corpus so a test may change it. */
  public static Path copyOfCorpus(Path dir) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> files = Files.list(repositoryCorpus())) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  public static IndexRunSummary index(Path corpus, Path index) throws Exception {
    IndexRunSummary summary = new Indexer().run(
        new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    if (!summary.failed().isEmpty()) {
      throw new AssertionError("test corpus did not index cleanly: " + summary.describe());
    }
    return summary;
  }
}
