package dk.konferencebasen.measure;

import dk.konferencebasen.benchmark.ClusterBench;
import dk.konferencebasen.benchmark.DdtSentences;
import dk.konferencebasen.cli.Defaults;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench-cluster",
    header = "Benchmark the embedded engine against OpenSearch (1 and 3 nodes) on one machine (not a test).",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark (not a test; see docs/BENCHMARKS.md). At each size (passages): generates a txt corpus, indexes it, "
          + "copies it into a local OpenSearch cluster of each --nodes size, and loads kb serve (embedded) and "
          + "kb serve --opensearch (each in its own JVM) over HTTP with kb bench's query mix at each concurrency: "
          + "QPS, p50/p95/p99, errors, heap; and indexing throughput and disk of each. Markdown to stdout."
    })
final class BenchClusterCommand implements Callable<Integer> {
  @Option(names = "--work", paramLabel = "DIR", description = "Where corpora, indexes and cluster data go (default: data/bench beside kb).")
  Path work;

  @Option(names = "--sizes", paramLabel = "LIST", split = ",", defaultValue = "100000",
      description = "Sizes in passages (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--nodes", paramLabel = "LIST", split = ",", defaultValue = "1,3",
      description = "Cluster sizes to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> nodes;

  @Option(names = "--concurrency", paramLabel = "LIST", split = ",", defaultValue = "1,8,32",
      description = "Search concurrency levels (default: ${DEFAULT-VALUE}).")
  List<Integer> concurrencies;

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "15",
      description = "Warm-up of each server before each level (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--phase-seconds", paramLabel = "S", defaultValue = "10",
      description = "Length of each measured phase (default: ${DEFAULT-VALUE}).")
  double phaseSeconds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: cores = ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ddt", paramLabel = "FILE", description = "UD Danish-DDT CoNLL-U file (default: ${DEFAULT-VALUE}).")
  Path ddt = SharedData.ddt();

  @Override
  public Integer call() {
    if (sizes.stream().anyMatch(s -> s < 1) || nodes.stream().anyMatch(n -> n < 1 || n > 9)
        || concurrencies.stream().anyMatch(c -> c < 1 || c > 1024) || !(phaseSeconds > 0) || warmupSeconds < 0 || threads < 1) {
      System.err.println("kb bench-cluster: --sizes, --concurrency (at most 1024), --phase-seconds and --threads must be "
          + "positive, --nodes from 1 to 9");
      return 2;
    }
    if (SharedData.ddtMissing("bench-cluster", ddt)) {
      return 2;
    }
    try {
      Path workDir = work != null ? work : Defaults.home().resolve("data").resolve("bench");
      new ClusterBench(new ClusterBench.Options(ddt, workDir, seed, List.copyOf(sizes), List.copyOf(nodes),
          List.copyOf(concurrencies), warmupSeconds, phaseSeconds, 200_000, threads), DdtSentences.read(ddt),
          System.out, System.err).run();
      return 0;
    } catch (Exception e) {
      System.err.println("kb bench-cluster: " + e);
      return 1;
    }
  }
}
