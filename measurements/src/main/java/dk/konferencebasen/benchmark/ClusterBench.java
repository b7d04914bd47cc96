package dk.konferencebasen.benchmark;

import dk.konferencebasen.cluster.ClusterProcess;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.clusterindex.ClusterMirror;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The embedded engine against OpenSearch, on one machine: the same generated corpus indexed by
 * the product, then served three ways — {@code kb serve} on the embedded index, and {@code kb
 * serve --opensearch} on a local OpenSearch cluster of one node and of three (copied there by
 * {@code kb index --opensearch}) — each server in a JVM of its own, loaded over HTTP with the same
 * query mix (every search computing facets and highlights, as the API does) at each concurrency.
 * Also: how fast each copy is written, and the disk and heap it takes.
 */
public final class ClusterBench {
  public record Options(Path ddt, Path work, long seed, List<Integer> sizes, List<Integer> nodes, List<Integer> concurrencies,
      double warmupSeconds, double phaseSeconds, int maxRequests, int threads) {}

  private final Options options;
  private final List<String> sentences;
  private final PrintStream out;
  private final PrintStream log;
  /** What the load phases are timed by: the machine's clock, except in a smoke test. */
  private LoadRunner.Clock loadClock = LoadRunner.Clock.SYSTEM;

  public ClusterBench(Options options, List<String> sentences, PrintStream out, PrintStream log) {
    this.options = options;
    this.sentences = sentences;
    this.out = out;
    this.log = log;
  }

  /**
   * For a smoke test: the load phases timed by {@code clock} instead of the machine's, so that
   * whether its requests are sent does not depend on how fast the test machine is.
   */
  ClusterBench timingLoadBy(LoadRunner.Clock clock) {
    this.loadClock = clock;
    return this;
  }

  public void run() throws Exception {
    out.printf(Locale.ROOT, "# kb bench-cluster — %s, %d cores, Java %s, load %s%n%n", java.time.Instant.now(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Machine.loadAverage());
    List<String[]> indexing = new ArrayList<>();
    List<String[]> search = new ArrayList<>();
    for (int size : options.sizes()) {
      Path work = Bench.fresh(options.work().resolve("cluster-p" + size));
      Path corpus = work.resolve("corpus");
      log.printf(Locale.ROOT, "kb bench-cluster: size %,d: generating the txt corpus …%n", size);
      new CorpusGenerator(sentences, options.seed()).generate(corpus, Integer.MAX_VALUE, size,
          List.of(CorpusGenerator.Format.TXT));
      Path index = work.resolve("index");
      log.printf(Locale.ROOT, "kb bench-cluster: size %,d: indexing …%n", size);
      long t0 = System.nanoTime();
      IndexRunSummary summary = new Indexer().run(new Indexer.Options(corpus, index, true, options.threads(),
          ExtractionLimits.DEFAULT), ProgressListener.SILENT);
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      long passages = summary.passagesIndexed();
      indexing.add(new String[] {fmt(size), "embedded (kb index)", fmt(passages), fmt1(indexSeconds),
          fmt(Math.round(passages / indexSeconds)), fmt1(Bench.folderBytes(index) / 1048576.0), ""});
      measure(size, "embedded", List.of("--index", index.toString()), search);

      for (int nodes : options.nodes()) {
        Path data = Files.createDirectories(work.resolve("cluster-" + nodes));
        log.printf(Locale.ROOT, "kb bench-cluster: size %,d: starting a %d-node cluster …%n", size, nodes);
        long s0 = System.nanoTime();
        try (ClusterProcess cluster = ClusterProcess.start(nodes, data, null)) {
          double startSeconds = (System.nanoTime() - s0) / 1e9;
          log.printf(Locale.ROOT, "kb bench-cluster: size %,d: copying the index into %d node(s) …%n", size, nodes);
          long p0 = System.nanoTime();
          ClusterMirror.Pushed pushed = new ClusterMirror(new OpenSearchClient(cluster.urls()), "konferencebasen",
              2, nodes > 1 ? 1 : 0).push(index);
          double pushSeconds = (System.nanoTime() - p0) / 1e9;
          long heap = ServerProcess.heapUsedAfterGc(cluster.pid());
          indexing.add(new String[] {fmt(size), "OpenSearch, " + nodes + " node(s), 2 shards, " + (nodes > 1 ? 1 : 0)
              + " replica (kb index --opensearch, the copy alone)", fmt(pushed.passages()), fmt1(pushSeconds),
              fmt(Math.round(pushed.passages() / pushSeconds)), fmt1(Bench.folderBytes(data) / 1048576.0),
              "start " + fmt1(startSeconds) + " s; heap after GC " + (heap < 0 ? "n/a" : fmt1(heap / 1048576.0)) + " MB"});
          measure(size, "OpenSearch " + nodes + " node(s)", List.of("--opensearch", cluster.urls()), search);
        }
      }
    }
    out.println("## Indexing\n");
    table(new String[] {"passages", "what", "written", "seconds", "passages/s", "disk MB", "notes"}, indexing);
    out.println("\n## Search over HTTP (kb serve in its own JVM, " + ServerProcess.MAX_HEAP + "; the query mix of kb bench)\n");
    table(new String[] {"passages", "backend", "concurrency", "QPS", "p50 ms", "p95 ms", "p99 ms", "errors",
        "server heap after GC MB"}, search);
  }

  private void measure(int size, String backend, List<String> serveArgs, List<String[]> rows) throws Exception {
    for (int c : options.concurrencies()) {
      log.printf(Locale.ROOT, "kb bench-cluster: size %,d: %s at concurrency %d …%n", size, backend, c);
      ServerProcess.Figures figures = ServerProcess.measure(serveArgs, options.work().resolve("serve-home"),
          k -> Bench.path(Bench.QUERY_MIX.get(k % Bench.QUERY_MIX.size())),
          new LoadRunner(options.warmupSeconds(), options.phaseSeconds(), options.maxRequests(), 0.7, loadClock), c);
      LoadRunner.Phase closed = figures.load().closedLoop();
      Percentiles p = closed.latencyMicros();
      rows.add(new String[] {fmt(size), backend, Integer.toString(c), fmt1(closed.qps()), ms(p.percentile(50)),
          ms(p.percentile(95)), ms(p.percentile(99)), fmt(closed.errors() + figures.load().fixedRate().errors()),
          figures.heapUsedAfterGcBytes() < 0 ? "n/a" : fmt1(figures.heapUsedAfterGcBytes() / 1048576.0)});
    }
  }

  private void table(String[] header, List<String[]> rows) {
    out.println("| " + String.join(" | ", header) + " |");
    out.println("|" + " --- |".repeat(header.length));
    rows.forEach(r -> out.println("| " + String.join(" | ", r) + " |"));
  }

  private static String fmt(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String fmt1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String ms(long micros) {
    return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
  }
}
