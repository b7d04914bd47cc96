package dk.konferencebasen.cli;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.IndexerException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of reports (any format Tika reads) into a Lucene index.",
      "A second run re-extracts only changed files and removes reports whose files are gone.",
      "Bad files are reported and skipped; the exit code is non-zero only when the run as a whole "
          + "cannot happen (unreadable corpus folder, index locked by another indexer)."
    })
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of reports, searched recursively.")
  Path corpus;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (created if missing).")
  Path index;

  @Option(names = "--rebuild", description = "Start the index from scratch instead of updating it.")
  boolean rebuild;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-file-mb", paramLabel = "MB", description = "Skip files larger than this (default: ${DEFAULT-VALUE} MB).")
  long maxFileMb = ExtractionLimits.DEFAULT.maxFileBytes() / (1024 * 1024);

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on a file whose parse takes longer (default: ${DEFAULT-VALUE} s).")
  long timeoutSeconds = ExtractionLimits.DEFAULT.timeout().toSeconds();

  @Override
  public Integer call() {
    return run(corpus, index, rebuild, threads, new ExtractionLimits(maxFileMb * 1024 * 1024,
        Duration.ofSeconds(timeoutSeconds), ExtractionLimits.DEFAULT.maxChars()));
  }

  static int run(Path corpus, Path index, boolean rebuild, int threads, ExtractionLimits limits) {
    if (threads < 1) {
      System.err.println("kb index: --threads must be at least 1");
      return 2;
    }
    System.err.printf("Indexing %s into %s%n", corpus, index);
    try (TerminalProgress progress = TerminalProgress.forConsole()) {
      IndexRunSummary summary = new Indexer().run(
          new Indexer.Options(corpus, index, rebuild, threads, limits), progress.listener());
      progress.close();
      System.err.print(summary.describe());
      return 0;
    } catch (IndexerException e) {
      System.err.println("kb index: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
  }
}
