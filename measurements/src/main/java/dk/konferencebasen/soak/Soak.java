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
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code kb soak}: a generated corpus is indexed and served on loopback; {@code concurrency}
 * clients send the {@link QueryMix} for the given time while a {@link ReindexLoop} keeps changing
 * the corpus and committing into the served index, and a {@link HeapSampler} watches the JVM.
 * Server, clients and re-index run in this one JVM, so heap and thread figures are of all three.
 */
public final class Soak {
  /** Everything one run needs; {@code work} null means a temporary folder, removed afterwards. */
  public record Options(String command, LoadEnd end, int concurrency, int docs, long seed,
      List<CorpusGenerator.Format> formats, int indexThreads, double sampleSeconds, Path work) {}

  /** When the clients stop. */
  public sealed interface LoadEnd {
    /**
     * {@code kb soak}: after {@code seconds}, and on until answers name a commit that a re-index
     * round made under the load, however slow the machine — but never past
     * {@link #MAX_EXTENSION_FACTOR} times the planned time, so the load always ends by itself.
     */
    record After(double seconds) implements LoadEnd {
      static final int MAX_EXTENSION_FACTOR = 20;
    }

    /**
     * By events, never by time, so it holds on any machine (the test's end): at least
     * {@code requests} sent, every endpoint of the mix answered as it should be, and answers
     * naming a commit a re-index round made. A server that never picks up the commits ends the
     * load after {@link #GIVE_UP_ROUNDS} rounds, an endpoint never answered after
     * {@link #GIVE_UP_FACTOR} times the requests; the verdict then says what was missing.
     */
    record Events(long requests) implements LoadEnd {
      static final int GIVE_UP_ROUNDS = 6;
      static final int GIVE_UP_FACTOR = 20;
    }
  }

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
      log.printf(Locale.ROOT, "kb soak: %d clients %s on port %d, re-indexing meanwhile …%n",
          options.concurrency(), describe(options.end()), server.port());
      Thread reindexThread = Thread.ofPlatform().name("soak-reindex").start(reindex);
      ClientLoad.Result clients = load.run(ended(options.end(), reindex, harvest));
      reindex.stop();
      log.println("kb soak: load done; letting the re-index round in progress finish …");
      reindexThread.join();
      sampler.close();
      return new SoakResult(options, written, firstSeconds, clients, reindex.rounds(), reindex.failures(),
          setupProblems, harvest.commitCount(), sampler.samples(), loadBefore, Machine.loadAverage());
    }
  }

  private static Predicate<ClientLoad.Progress> ended(LoadEnd end, ReindexLoop reindex, Harvest harvest) {
    // what the soak is for: a re-index round committed under the load and answers name that commit
    BooleanSupplier commitSeen = () -> reindex.committedAgo(0) && harvest.commitCount() >= 2;
    return switch (end) {
      case LoadEnd.After after -> p -> p.seconds() >= after.seconds() * LoadEnd.After.MAX_EXTENSION_FACTOR
          || p.seconds() >= after.seconds() && reindex.committedAgo(SoakResult.VISIBLE_WITHIN_NANOS)
          && commitSeen.getAsBoolean();
      case LoadEnd.Events events -> p -> commitSeen.getAsBoolean()
          ? p.requests() >= events.requests() && p.answered().containsAll(QueryMix.ENDPOINTS)
              || p.requests() >= events.requests() * LoadEnd.Events.GIVE_UP_FACTOR
          : reindex.roundCount() >= LoadEnd.Events.GIVE_UP_ROUNDS;
    };
  }

  private static String describe(LoadEnd end) {
    return switch (end) {
      case LoadEnd.After after -> String.format(Locale.ROOT, "for %.0f s", after.seconds());
      case LoadEnd.Events events -> "until " + events.requests() + " requests, every endpoint answered and a re-index"
          + " commit seen";
    };
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
