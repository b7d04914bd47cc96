package dk.konferencebasen.cli;

import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.clusterindex.ClusterMirror;
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
          + "cannot happen (unreadable corpus folder, index locked by another indexer).",
      "With --opensearch URL the index, once committed, is also copied to an OpenSearch cluster that has "
          + "the Danish analysis plugin (kb cluster starts a local one); a second run brings it up to date."
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

  @Option(names = "--opensearch", paramLabel = "URL", description = "Also write the index to this OpenSearch cluster: a node's address, or several separated by commas (a node that does not answer is passed over), e.g. http://127.0.0.1:9200.")
  String opensearch;

  @Option(names = "--opensearch-index", paramLabel = "NAME", description = "The cluster's index (default: ${DEFAULT-VALUE}).")
  String opensearchIndex = "konferencebasen";

  @Option(names = "--shards", paramLabel = "N", description = "Shards of a new cluster index (default: ${DEFAULT-VALUE}).")
  int shards = 2;

  @Option(names = "--replicas", paramLabel = "N", description = "Replicas of each shard of a new cluster index (default: ${DEFAULT-VALUE}).")
  int replicas = 1;

  @Override
  public Integer call() {
    ClusterMirror mirror = null;
    if (opensearch != null) {
      try {
        mirror = new ClusterMirror(new OpenSearchClient(opensearch), opensearchIndex, shards, replicas);
        System.err.printf("Cluster: OpenSearch %s at %s%n", mirror.check(), opensearch);
      } catch (ClusterException e) {
        System.err.println("kb index: " + e.getMessage());
        return Kb.EXIT_FAILED;
      }
    }
    int status = run(corpus, index, rebuild, threads, new ExtractionLimits(maxFileMb * 1024 * 1024,
        Duration.ofSeconds(timeoutSeconds), ExtractionLimits.DEFAULT.maxChars()));
    return status != 0 || mirror == null ? status : push(mirror);
  }

  private int push(ClusterMirror mirror) {
    System.err.printf("Copying the index to %s/%s%n", opensearch, opensearchIndex);
    try {
      ClusterMirror.Pushed pushed = mirror.push(index);
      System.err.printf("%s: %d reports, %d passages written%s; %d no longer in the corpus removed%n",
          opensearchIndex, pushed.reports(), pushed.passages(),
          pushed.created() ? " (index created: " + shards + " shards, " + replicas + " replica(s))" : "", pushed.removed());
      return 0;
    } catch (ClusterException | java.io.IOException e) {
      System.err.println("kb index: the cluster copy failed: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
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
