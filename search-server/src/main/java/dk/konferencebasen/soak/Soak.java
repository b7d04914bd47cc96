package dk.konferencebasen.soak;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.benchmark.Machine;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code kb soak}: a generated corpus is indexed and served on loopback; {@code concurrency}
 * clients send the {@link QueryMix} for the given time while a {@link ReindexLoop} keeps changing
 * the corpus and committing into the served index, and a {@link HeapSampler} watches the JVM.
 * Server, clients and re-index run in this one JVM, so heap and thread figures are of all three.
 */
public final class Soak {
  /** Everything one run needs; {@code work} null means a temporary folder, removed afterwards. */
  public record Options(String command, double seconds, int concurrency, int docs, long seed,
      List<CorpusGenerator.Format> formats, int indexThreads, double sampleSeconds, Path work) {}

  private final Options options;
  private final List<String> sentences;
  private final PrintStream log;

  public Soak(Options options, List<String> sentences, PrintStream log) {
    this.options = options;
    this.sentences = sentences;
    this.log = log;
  }

  public SoakResult run() throws Exception {
    Path work = options.work() != null ? Files.createDirectories(options.work()) : Files.createTempDirectory("kb-soak");
    try {
      return run(work);
    } finally {
      if (options.work() == null) {
        deleteTree(work);
      }
    }
  }

  private SoakResult run(Path work) throws Exception {
    Path corpus = fresh(work.resolve("corpus"));
    Path index = fresh(work.resolve("index"));
    String loadBefore = Machine.loadAverage();
    CorpusChurn churn = new CorpusChurn(new CorpusGenerator(sentences, options.seed()), corpus, options.seed(),
        options.formats());
    log.printf(Locale.ROOT, "kb soak: writing %d reports into %s …%n", options.docs(), corpus);
    CorpusGenerator.Summary written = churn.create(options.docs());
    Indexer indexer = new Indexer();
    long began = System.nanoTime();
    IndexRunSummary first = indexer.run(new Indexer.Options(corpus, index, true, options.indexThreads(),
        ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    double firstSeconds = (System.nanoTime() - began) / 1e9;
    log.printf(Locale.ROOT, "kb soak: first index: %s", first.describe());
    List<String> setupProblems = new ArrayList<>();
    first.failed().forEach(f -> setupProblems.add("first index: " + f.path() + " — " + f.reason()));

    try (Searcher searcher = Searcher.open(index, SynonymFile.none());
         SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0)) {
      SoakVocabulary vocabulary = SoakVocabulary.of(index);
      Harvest harvest = new Harvest();
      ClientLoad load = new ClientLoad(new QueryMix(vocabulary, harvest), new SoakClient(server.port(), harvest),
          options.concurrency(), options.seed());
      ReindexLoop reindex = new ReindexLoop(churn, indexer, corpus, index, options.indexThreads(), log);
      HeapSampler sampler = new HeapSampler(options.sampleSeconds());
      log.printf(Locale.ROOT, "kb soak: %d clients for %.0f s on port %d, re-indexing meanwhile …%n",
          options.concurrency(), options.seconds(), server.port());
      Thread reindexThread = Thread.ofPlatform().name("soak-reindex").start(reindex);
      // the load goes on until a re-index round has committed under it and answers name that
      // commit: what the soak is for, however slow the machine
      ClientLoad.Result clients = load.run(options.seconds(),
          () -> !reindex.committedAgo(SoakResult.VISIBLE_WITHIN_NANOS) || harvest.commits().size() < 2);
      reindex.stop();
      log.println("kb soak: load done; letting the re-index round in progress finish …");
      reindexThread.join();
      sampler.close();
      return new SoakResult(options, written, firstSeconds, clients, reindex.rounds(), reindex.failures(),
          setupProblems, harvest.commits().size(), sampler.samples(), loadBefore, Machine.loadAverage());
    }
  }

  private static Path fresh(Path dir) throws IOException {
    deleteTree(dir);
    return Files.createDirectories(dir);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
