package dk.konferencebasen.measure;

import dk.konferencebasen.cli.Defaults;
import dk.konferencebasen.cli.Kb;
import dk.konferencebasen.benchmark.Bench;
import dk.konferencebasen.benchmark.DdtSentences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    // the one line "kb --help" lists; the description below is shown by "kb bench --help"
    header = "Benchmark indexing and search at growing sizes (not a test).",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark (not a test; see docs/BENCHMARKS.md). At each size (passages): generates a txt and a "
          + "pdf/docx corpus, measures Indexer throughput against raw Lucene (StandardAnalyzer, no "
          + "extraction) on the txt and against Tika extraction alone on the pdf/docx; then search QPS and "
          + "latency over HTTP on 127.0.0.1 against in-process Searcher.search at each concurrency; heap, "
          + "RSS, index size and start-up. Tables go to stdout (Markdown), progress to stderr. "
          + "A size whose estimated time exceeds --max-minutes is skipped with a note."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Where the generated corpora are written (default: WORK/corpus); its pNNN subfolders are replaced.")
  Path corpus;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where indexes are built (default: data/bench beside kb); its pNNN subfolders are replaced.")
  Path work;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for indexing and Tika (default: cores = ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--sizes", paramLabel = "LIST", split = ",", defaultValue = "10000,100000",
      description = "Sizes in passages (default: ${DEFAULT-VALUE}; 1000000 is supported but slow).")
  List<Integer> sizes;

  @Option(names = "--concurrency", paramLabel = "LIST", split = ",", defaultValue = "1,8,32",
      description = "Search concurrency levels (default: ${DEFAULT-VALUE}).")
  List<Integer> concurrencies;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--ddt", paramLabel = "FILE", description = "UD Danish-DDT CoNLL-U file (default: ${DEFAULT-VALUE}).")
  Path ddt = SharedData.ddt();

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "2",
      description = "Search warm-up per level (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--phase-seconds", paramLabel = "S", defaultValue = "5",
      description = "Length of each measured search phase (default: ${DEFAULT-VALUE}).")
  double phaseSeconds;

  @Option(names = "--max-requests", paramLabel = "N", defaultValue = "200000",
      description = "At most this many requests per search phase (default: ${DEFAULT-VALUE}).")
  int maxRequests;

  @Option(names = "--max-minutes", paramLabel = "M", defaultValue = "10",
      description = "Skip a size whose estimated run is longer than this (default: ${DEFAULT-VALUE}).")
  double maxMinutes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1 || sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)
        || concurrencies.stream().anyMatch(c -> c < 1 || c > 1024) || !(phaseSeconds > 0) || warmupSeconds < 0
        || maxRequests < 1 || !(maxMinutes > 0)) {
      System.err.println("kb bench: --threads, --sizes, --concurrency, --phase-seconds, --max-requests and "
          + "--max-minutes must be positive (concurrency at most 1024)");
      return 2;
    }
    if (SharedData.ddtMissing("bench", ddt)) {
      return Kb.EXIT_FAILED;
    }
    Path workDir = work != null ? work : Defaults.home().resolve("data").resolve("bench");
    Path corpusDir = corpus != null ? corpus : workDir.resolve("corpus");
    try {
      new Bench(new Bench.Options(TypedCommand.of(spec, "bench"), ddt, corpusDir, workDir, threads, List.copyOf(sizes), seed,
          warmupSeconds, phaseSeconds, maxRequests, maxMinutes, List.copyOf(concurrencies), true),
          DdtSentences.read(ddt), System.out, System.err).run();
      return 0;
    } catch (Exception e) {
      System.err.println("kb bench: failed: " + e);
      e.printStackTrace(System.err);
      return Kb.EXIT_FAILED;
    }
  }

}
