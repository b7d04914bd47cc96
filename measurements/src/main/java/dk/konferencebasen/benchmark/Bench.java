package dk.konferencebasen.benchmark;

import dk.konferencebasen.extraction.ExtractionException;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.passages.PassageSplitter;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.sametext.TextFingerprint;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.NamedEntities;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportDocuments;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.ReportPassage;
import dk.konferencebasen.schema.TextAudit;
import dk.konferencebasen.search.SearchRequest;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.search.SortOrder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code kb bench}: indexing throughput against Tika-alone and raw Lucene, search over HTTP
 * against in-process search, memory and start-up, at each requested size (passages).
 */
public final class Bench {
  /** Everything one run needs. */
  public record Options(String command, Path ddt, Path corpusRoot, Path work, int threads, List<Integer> sizes,
      long seed, double warmupSeconds, double phaseSeconds, int maxRequests, double maxMinutes,
      List<Integer> concurrencies, boolean warmUp) {}

  /** One query of the fixed mix. */
  public record BenchQuery(String label, String q, Map<String, List<String>> filters) {}

  /** The fixed query mix; every search also computes facets and highlights (the API always does). */
  public static final List<BenchQuery> QUERY_MIX = List.of(
      new BenchQuery("one word", "kommune", Map.of()),
      new BenchQuery("several words", "børn unge uddannelse skole", Map.of()),
      new BenchQuery("phrase", "\"i dag\"", Map.of()),
      new BenchQuery("compound part", "integration", Map.of()),
      new BenchQuery("with filter", "borgere", Map.of("conference", List.of("Folkemødet"))),
      // two common words in a row match a large share of the passages and must each be checked
      // for positions: the class that was slowest (issue 16)
      new BenchQuery(Bench.COMMON_PHRASE, "\"der er\"", Map.of()),
      new BenchQuery(Bench.COMMON_PHRASE, "\"det er\"", Map.of()),
      new BenchQuery(Bench.COMMON_PHRASE, "\"at de\"", Map.of()));
  static final String COMMON_PHRASE = "common-word phrase";

  private static final int LIMIT = 10;
  static final double SERVE_WARMUP_SECONDS = 30;
  /** Sizes up to this get the feature table: it writes the product's documents 27 more times. */
  static final int FEATURE_COSTS_UP_TO = 100_000;
  static final int FEATURE_ROUNDS = 3;

  private final Options options;
  private final PrintStream out;
  private final PrintStream log;
  private final List<String> sentences;

  /** Seconds per passage of each step, from the last measured size (or the warm-up). */
  private double secondsPerPassage = Double.NaN;
  /** What the load phases are timed by: the machine's clock, except in a smoke test. */
  private LoadRunner.Clock loadClock = LoadRunner.Clock.SYSTEM;

  public Bench(Options options, List<String> sentences, PrintStream out, PrintStream log) {
    this.options = options;
    this.sentences = sentences;
    this.out = out;
    this.log = log;
  }

  public void run() throws Exception {
    printHeader();
    CorpusGenerator generator = new CorpusGenerator(sentences, options.seed());
    Files.createDirectories(options.work());
    if (options.warmUp()) {
      warmUp(generator);
    }

    List<String[]> indexingRows = new ArrayList<>();
    List<String[]> featureRows = new ArrayList<>();
    List<String[]> searchRows = new ArrayList<>();
    List<String[]> memoryRows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int size : options.sizes()) {
      double estimateMinutes = estimateMinutes(size);
      if (estimateMinutes > options.maxMinutes()) {
        String note = String.format(Locale.ROOT,
            "size %,d skipped: estimated %.0f min (from %.2f ms/passage measured so far, plus the search phases) "
                + "is over the --max-minutes budget of %.0f min; run it with a larger --max-minutes",
            size, estimateMinutes, secondsPerPassage * 1000, options.maxMinutes());
        log.println("kb bench: " + note);
        notes.add(note);
        continue;
      }
      long began = System.nanoTime();
      SizeResult r = runSize(generator, size);
      double took = (System.nanoTime() - began) / 1e9;
      secondsPerPassage = r.indexingSeconds / Math.max(1, size);
      indexingRows.addAll(r.indexing);
      featureRows.addAll(r.features);
      searchRows.addAll(r.search);
      memoryRows.add(r.memory);
      log.printf(Locale.ROOT, "kb bench: size %,d done in %.0f s%n", size, took);
      notes.add(String.format(Locale.ROOT, "size %,d took %.0f s; load average after it: %s", size, took, Machine.loadAverage()));
    }

    out.println();
    out.println("## Indexing (threads: " + options.threads() + ")");
    out.println();
    printTable(new String[] {"passages", "input", "what", "files", "passages", "MB", "seconds", "reports/s",
        "passages/s", "MB/s", "ratio to limit", "target"}, indexingRows);
    if (!featureRows.isEmpty()) {
      out.println();
      out.println("What each feature of the index costs Lucene to write: the product's documents with one feature left"
          + " out (txt reports in memory, no Tika, entities or dates; median of " + FEATURE_ROUNDS + " runs; sizes up to "
          + fmtInt(FEATURE_COSTS_UP_TO) + "):");
      out.println();
      printTable(new String[] {"passages", "left out", "passages", "seconds", "passages/s", "of raw Lucene",
          "speed against the product's documents"}, featureRows);
    }
    out.println();
    out.println("## Search (query mix: " + QUERY_MIX.size() + " queries, limit " + LIMIT
        + ", facets and highlighting with every search)");
    out.println();
    printTable(new String[] {"passages", "where", "concurrency", "QPS (closed loop)", "HTTP/in-process QPS",
        "fixed rate (req/s)", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "target"}, searchRows);
    out.println();
    out.println("Each query class of the mix over HTTP at concurrency 8 (its requests in the fixed-rate phase above):");
    out.println();
    printTable(new String[] {"passages", "query class", "requests", "p50 ms", "p95 ms", "p99 ms", "target"}, classRows);
    out.println();
    out.println("Common-word phrases (" + String.join(", ", QUERY_MIX.stream().filter(q -> q.label().equals(COMMON_PHRASE))
        .map(q -> "`" + q.q() + "`").toList()) + ") alone at concurrency 8: the product over HTTP against bare Lucene"
        + " in-process on the same passages:");
    out.println();
    printTable(new String[] {"passages", "where", "QPS (closed loop)", "of bare Lucene", "p50 ms (fixed rate)",
        "p99 ms (fixed rate)", "errors", "target"}, bareLuceneRows);
    out.println();
    out.println("Each query alone, in-process, one at a time, after the search load (15 runs each; 2 when --phase-seconds < 2):");
    out.println();
    printTable(new String[] {"passages", "query", "text", "passages found", "median ms", "max ms"}, perQueryRows);
    out.println();
    out.println("## Memory and start-up (while serving, after the search load)");
    out.println();
    printTable(new String[] {"passages", "bench JVM: heap used after GC MB", "heap max MB", "RSS MB", "index MB",
        "index bytes/passage", "start-up to first answer ms (warm JVM)",
        "kb serve alone: start-up to first answer ms (cold JVM)", "kb serve alone: RSS MB",
        "kb serve alone: heap after GC MB (" + ServerProcess.MAX_HEAP + ")", "kb serve alone: requests (c=8)",
        "failed"}, memoryRows);
    out.println();
    out.println("## Extraction cost per page (in-process, warm, fastest of " + 5 + " runs per page)");
    out.println();
    printTable(new String[] {"what", "pages", "mean KB", "median ms/page", "p95 ms/page"},
        ExtractionCost.rows(options.ddt().getParent().resolveSibling("article-extraction-benchmark")));
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes:");
      for (String n : notes) {
        out.println("- " + n);
      }
    }
  }

  private double estimateMinutes(int size) {
    double perPassage = Double.isNaN(secondsPerPassage) ? 0.004 : secondsPerPassage;
    double searchSeconds = 2.0 * options.concurrencies().size()
        * (options.warmupSeconds() + 2 * options.phaseSeconds() + 2)
        + serveWarmupSeconds() + 2 * options.phaseSeconds();
    return (size * perPassage + searchSeconds) / 60.0;
  }

  private record SizeResult(List<String[]> indexing, List<String[]> features, List<String[]> search, String[] memory,
      double indexingSeconds) {}

  /**
   * What each feature of the index costs Lucene to write: the product's documents with one
   * feature left out at a time ({@link LeftOut}), each written {@link #FEATURE_ROUNDS} times in
   * turn with the documents as they are, median seconds; on the same reports, threads and writer
   * settings as the product's documents row.
   */
  private List<String[]> featureCosts(int size, List<CorpusGenerator.Report> reports, double rawSeconds, Path index)
      throws Exception {
    List<LeftOut> variants = new ArrayList<>();
    variants.add(LeftOut.nothing());
    variants.addAll(LeftOut.each());
    long[][] nanos = new long[variants.size()][FEATURE_ROUNDS];
    long passages = 0;
    for (int round = 0; round < FEATURE_ROUNDS; round++) {
      log.printf(Locale.ROOT, "kb bench: size %,d: the product's documents with one feature left out, round %d of %d …%n",
          size, round + 1, FEATURE_ROUNDS);
      for (int v = 0; v < variants.size(); v++) {
        LeftOut variant = variants.get(v);
        Path emptied = fresh(index);
        long began = System.nanoTime();
        passages = productDocuments(reports, emptied, variant);
        nanos[v][round] = System.nanoTime() - began;
      }
    }
    double asTheyAre = median(nanos[0]);
    List<String[]> rows = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      double seconds = median(nanos[v]);
      rows.add(new String[] {fmtInt(size), variants.get(v).feature(), fmtInt(passages), fmt1(seconds),
          fmt1(passages / seconds), fmtPct(rawSeconds / seconds), fmtPct(asTheyAre / seconds)});
    }
    return rows;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e9;
  }

  private SizeResult runSize(CorpusGenerator generator, int size) throws Exception {
    Path corpusTxt = fresh(options.corpusRoot().resolve("p" + size).resolve("txt"));
    Path corpusMixed = fresh(options.corpusRoot().resolve("p" + size).resolve("pdf-docx"));
    Path work = fresh(options.work().resolve("p" + size));
    long began = System.nanoTime();
    log.printf(Locale.ROOT, "kb bench: size %,d: generating the txt corpus …%n", size);
    CorpusGenerator.Summary txt = generator.generate(corpusTxt, Integer.MAX_VALUE, size, List.of(CorpusGenerator.Format.TXT));
    log.printf(Locale.ROOT, "kb bench: size %,d: generating the pdf/docx corpus …%n", size);
    long genMixed = System.nanoTime();
    CorpusGenerator.Summary mixed = generator.generate(corpusMixed, Integer.MAX_VALUE, size,
        List.of(CorpusGenerator.Format.PDF, CorpusGenerator.Format.DOCX));
    log.printf(Locale.ROOT, "kb bench: size %,d: %d txt reports (%.1f MB), %d pdf/docx reports (%.1f MB, made in %.0f s)%n",
        size, txt.reports(), txt.megabytes(), mixed.reports(), mixed.megabytes(), (System.nanoTime() - genMixed) / 1e9);

    List<String[]> rows = new ArrayList<>();
    // Plain text: Indexer vs raw Lucene with StandardAnalyzer on the same passages' text.
    log.printf(Locale.ROOT, "kb bench: size %,d: Indexer on txt …%n", size);
    Path indexTxt = work.resolve("index-txt");
    Timed<IndexRunSummary> idxTxt = timed(() -> index(corpusTxt, indexTxt));
    List<CorpusGenerator.Report> generated = new ArrayList<>(txt.reports());
    List<String> passages = new ArrayList<>();
    for (int i = 0; i < txt.reports(); i++) {
      generated.add(generator.report(i, CorpusGenerator.Format.TXT));
      passages.addAll(generated.get(i).paragraphs());
    }
    log.printf(Locale.ROOT, "kb bench: size %,d: raw Lucene on the same %,d passages …%n", size, passages.size());
    Timed<Long> raw = timed(() -> rawLucene(passages, work.resolve("raw-lucene")));
    log.printf(Locale.ROOT, "kb bench: size %,d: Lucene with the product's documents …%n", size);
    Timed<Long> schema = timed(() -> productDocuments(generated, work.resolve("product-documents"), LeftOut.nothing()));
    List<String[]> featureRows = size <= FEATURE_COSTS_UP_TO
        ? featureCosts(size, generated, raw.seconds, work.resolve("left-out"))
        : List.of();
    generated.clear();
    passages.clear();
    long txtBytes = documentBytes(corpusTxt);
    // The targets as issue 18 restated them: against what the product's own documents cost Lucene
    // (raw Lucene with a plain analyzer writes a tenth of what the product indexes), at 100k and 1M.
    double ratioDocuments = schema.seconds / idxTxt.seconds;
    rows.add(row(size, "txt", "Indexer (end to end)", txt.reports(), idxTxt.value.passagesIndexed(), txtBytes,
        idxTxt.seconds, fmtPct(ratioDocuments) + " of the product's documents in Lucene; "
            + fmtPct(raw.seconds / idxTxt.seconds) + " of raw Lucene",
        size >= 100_000 ? target(ratioDocuments >= 0.7, "≥ 70 % of the product's documents") : ""));
    rows.add(row(size, "txt", "raw Lucene, StandardAnalyzer (limit)", txt.reports(), raw.value, txtBytes,
        raw.seconds, "", ""));
    rows.add(row(size, "txt", "Lucene with the product's documents (Danish analysis, every field; no Tika, entities or dates)",
        txt.reports(), schema.value, txtBytes, schema.seconds, fmtPct(raw.seconds / schema.seconds) + " of raw Lucene", ""));

    // PDF/DOCX: Indexer vs Tika alone on the same files and threads.
    log.printf(Locale.ROOT, "kb bench: size %,d: Tika alone on pdf/docx …%n", size);
    Timed<Integer> tika = timed(() -> tikaAlone(corpusMixed));
    log.printf(Locale.ROOT, "kb bench: size %,d: Indexer on pdf/docx …%n", size);
    Timed<IndexRunSummary> idxMixed = timed(() -> index(corpusMixed, work.resolve("index-pdf-docx")));
    long mixedBytes = documentBytes(corpusMixed);
    double ratioTika = tika.seconds / idxMixed.seconds;
    rows.add(row(size, "pdf+docx", "Indexer (end to end)", mixed.reports(), idxMixed.value.passagesIndexed(),
        mixedBytes, idxMixed.seconds, fmtPct(ratioTika) + " of Tika alone",
        size >= 1_000_000 ? target(ratioTika >= 0.55, "≥ 55 % of Tika alone") : ""));
    rows.add(row(size, "pdf+docx", "Tika extraction alone (limit)", tika.value, mixed.passages(), mixedBytes,
        tika.seconds, "", ""));
    for (IndexRunSummary s : List.of(idxTxt.value, idxMixed.value)) {
      if (!s.failed().isEmpty()) {
        log.println("kb bench: warning: " + s.failed().size() + " files failed: " + s.failed().get(0));
      }
    }
    double indexingSeconds = (System.nanoTime() - began) / 1e9;

    // Search.
    SearchOutcome search = search(size, indexTxt, idxTxt.value.passagesIndexed(), work.resolve("raw-lucene"));
    return new SizeResult(rows, featureRows, search.rows, search.memory, indexingSeconds);
  }

  private record SearchOutcome(List<String[]> rows, String[] memory) {}

  private final List<String[]> perQueryRows = new ArrayList<>();
  private final List<String[]> classRows = new ArrayList<>();
  private final List<String[]> bareLuceneRows = new ArrayList<>();

  /** p50/p95/p99 of each query class in the mix's fixed-rate phase over HTTP: the target holds for every class. */
  private static List<String[]> classRows(int size, LoadRunner.Phase fixedRate) {
    List<String[]> rows = new ArrayList<>();
    for (String label : QUERY_MIX.stream().map(BenchQuery::label).distinct().toList()) {
      Percentiles p = fixedRate.latencyMicros(k -> QUERY_MIX.get(k % QUERY_MIX.size()).label().equals(label));
      rows.add(new String[] {fmtInt(size), label, fmtInt(p.count()), ms(p.percentile(50)), ms(p.percentile(95)),
          ms(p.percentile(99)), target(p.percentile(99) <= 50_000, "p99 ≤ 50 ms")});
    }
    return rows;
  }

  /**
   * The common-word phrases alone at concurrency 8: over HTTP through the whole product (counts,
   * facets, highlights, the page of reports), and as bare Lucene answers them in-process — the
   * same phrases as PhraseQuery on the raw StandardAnalyzer index of the same passages, top 10.
   */
  private void commonPhrasesAgainstBareLucene(int size, LoadRunner runner, HttpClient http, int port, Path rawIndex)
      throws Exception {
    List<BenchQuery> phrases = QUERY_MIX.stream().filter(q -> q.label().equals(COMMON_PHRASE)).toList();
    log.printf(Locale.ROOT, "kb bench: size %,d: common-word phrases, HTTP and bare Lucene at concurrency 8 …%n", size);
    List<URI> uris = phrases.stream().map(q -> uri(port, q)).toList();
    LoadRunner.Result overHttp = runner.run(8, k -> {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uris.get(k % uris.size()))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
    });
    LoadRunner.Result bare;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(rawIndex)); StandardAnalyzer standard = new StandardAnalyzer()) {
      IndexSearcher raw = new IndexSearcher(reader);
      org.apache.lucene.queryparser.classic.QueryParser parser = new org.apache.lucene.queryparser.classic.QueryParser("body", standard);
      List<Query> queries = new ArrayList<>();
      for (BenchQuery q : phrases) {
        queries.add(parser.parse(q.q()));
      }
      bare = runner.run(8, k -> raw.search(queries.get(k % queries.size()), LIMIT));
    }
    double ratio = overHttp.closedLoop().qps() / Math.max(1e-9, bare.closedLoop().qps());
    bareLuceneRows.add(bareRow(size, "HTTP loopback, the product", overHttp, fmtPct(ratio),
        target(ratio >= 1.0 / 3, "≥ 33 % of bare Lucene") + "; "
            + target(overHttp.fixedRate().latencyMicros().percentile(99) <= 50_000, "p99 ≤ 50 ms")));
    bareLuceneRows.add(bareRow(size, "bare Lucene in-process: PhraseQuery, StandardAnalyzer index, top " + LIMIT, bare, "", ""));
  }

  private static String[] bareRow(int size, String where, LoadRunner.Result r, String ratio, String target) {
    Percentiles p = r.fixedRate().latencyMicros();
    return new String[] {fmtInt(size), where, fmt1(r.closedLoop().qps()), ratio, ms(p.percentile(50)), ms(p.percentile(99)),
        fmtInt(r.closedLoop().errors() + r.fixedRate().errors()), target};
  }

  private SearchOutcome search(int size, Path index, long passages, Path rawIndex) throws Exception {
    log.printf(Locale.ROOT, "kb bench: size %,d: starting the server …%n", size);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    long startBegan = System.nanoTime();
    Searcher searcher = Searcher.open(index, SynonymFile.none());
    SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0);
    List<URI> uris = new ArrayList<>();
    for (BenchQuery q : QUERY_MIX) {
      uris.add(uri(server.port(), q));
    }
    long startupMs;
    String[] inProcessMemory;
    List<String[]> rows = new ArrayList<>();
    try {
      while (true) {
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(uris.get(0)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() == 200) {
          break;
        }
        if (System.nanoTime() - startBegan > 60_000_000_000L) {
          throw new IOException("server did not answer a search within 60 s: HTTP " + first.statusCode());
        }
        Thread.sleep(5);
      }
      startupMs = (System.nanoTime() - startBegan) / 1_000_000;
      List<SearchRequest> requests = new ArrayList<>();
      for (BenchQuery q : QUERY_MIX) {
        requests.add(new SearchRequest(q.q(), new Filters(q.filters(), Optional.empty(), Optional.empty()),
            SortOrder.RELEVANCE, LIMIT, 0, Optional.empty()));
        // Fail early and loudly if a query of the mix is refused.
        searcher.search(requests.get(requests.size() - 1));
      }
      LoadRunner runner = loadRunner(options.warmupSeconds());
      for (int c : options.concurrencies()) {
        log.printf(Locale.ROOT, "kb bench: size %,d: search at concurrency %d, in-process …%n", size, c);
        LoadRunner.Result inProcess = runner.run(c, k -> searcher.search(requests.get(k % requests.size())));
        log.printf(Locale.ROOT, "kb bench: size %,d: search at concurrency %d, HTTP …%n", size, c);
        LoadRunner.Result overHttp = runner.run(c, k -> {
          HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uris.get(k % uris.size()))
              .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
          }
        });
        double ratio = overHttp.closedLoop().qps() / Math.max(1e-9, inProcess.closedLoop().qps());
        String httpTarget = target(ratio >= 0.5, "QPS ≥ 50 %");
        if (c == 8) {
          boolean p99ok = overHttp.fixedRate().latencyMicros().percentile(99) <= 50_000;
          httpTarget += "; " + target(p99ok, "p99 ≤ 50 ms");
        }
        rows.add(searchRow(size, "in-process Searcher.search (limit)", inProcess, "", ""));
        rows.add(searchRow(size, "HTTP loopback", overHttp, fmtPct(ratio), httpTarget));
        if (c == 8) {
          classRows.addAll(classRows(size, overHttp.fixedRate()));
        }
      }
      commonPhrasesAgainstBareLucene(size, runner, http, server.port(), rawIndex);
      // Each query alone, in-process, one at a time: which part of the mix costs what. After the
      // load, so the JIT has compiled the search path, as it has for the load's figures. (Measured
      // right after start-up, as in runs A–G, they came out 2.3–5 times higher at 1M.)
      for (int i = 0; i < QUERY_MIX.size(); i++) {
        int repeats = options.phaseSeconds() >= 2 ? 15 : 2;
        long[] micros = new long[repeats];
        long hits = 0;
        for (int k = 0; k < repeats; k++) {
          long t0 = System.nanoTime();
          hits = searcher.search(requests.get(i)).totalPassages();
          micros[k] = (System.nanoTime() - t0) / 1000;
        }
        Percentiles p = new Percentiles(micros, repeats);
        BenchQuery q = QUERY_MIX.get(i);
        perQueryRows.add(new String[] {fmtInt(size), q.label(), "`" + q.q() + "`" + (q.filters().isEmpty() ? ""
            : " " + q.filters()), fmtInt(hits), ms(p.percentile(50)), ms(p.max())});
      }
      // Memory while serving: the server and its searcher are live here.
      System.gc();
      Thread.sleep(200);
      System.gc();
      long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long heapMax = Runtime.getRuntime().maxMemory();
      long rss = Machine.rssBytes(ProcessHandle.current().pid());
      long indexBytes = folderBytes(index);
      inProcessMemory = new String[] {fmtInt(size), fmt1(heapUsed / 1048576.0), fmt1(heapMax / 1048576.0),
          rss < 0 ? "n/a" : fmt1(rss / 1048576.0), fmt1(indexBytes / 1048576.0),
          fmtInt(indexBytes / Math.max(1, passages)), Long.toString(startupMs)};
    } finally {
      server.close();
      searcher.close();
    }
    log.printf(Locale.ROOT, "kb bench: size %,d: kb serve in its own JVM (%s) …%n", size, ServerProcess.MAX_HEAP);
    ServerProcess.Figures alone = ServerProcess.measure(index, options.work().resolve("serve-home"),
        k -> path(QUERY_MIX.get(k % QUERY_MIX.size())), loadRunner(serveWarmupSeconds()), 8);
    rows.add(searchRow(size, "HTTP loopback to `kb serve` (own JVM, " + ServerProcess.MAX_HEAP + ")", alone.load(), "",
        target(alone.load().fixedRate().latencyMicros().percentile(99) <= 50_000, "p99 ≤ 50 ms")));
    String[] memory = Arrays.copyOf(inProcessMemory, inProcessMemory.length + 5);
    memory[inProcessMemory.length] = Long.toString(alone.startupMs());
    memory[inProcessMemory.length + 1] = alone.rssBytes() < 0 ? "n/a" : fmt1(alone.rssBytes() / 1048576.0);
    memory[inProcessMemory.length + 2] =
        alone.heapUsedAfterGcBytes() < 0 ? "n/a" : fmt1(alone.heapUsedAfterGcBytes() / 1048576.0);
    memory[inProcessMemory.length + 3] = fmtInt(alone.load().closedLoop().requests() + alone.load().fixedRate().requests());
    memory[inProcessMemory.length + 4] = fmtInt(alone.load().closedLoop().errors() + alone.load().fixedRate().errors());
    return new SearchOutcome(rows, memory);
  }

  private LoadRunner loadRunner(double warmupSeconds) {
    return new LoadRunner(warmupSeconds, options.phaseSeconds(), options.maxRequests(), 0.7, loadClock);
  }

  /**
   * For a smoke test: the load phases timed by {@code clock} instead of the machine's, so that
   * whether its requests are sent does not depend on how fast the test machine is.
   */
  Bench timingLoadBy(LoadRunner.Clock clock) {
    this.loadClock = clock;
    return this;
  }

  /**
   * The warm-up of {@code kb serve}, whose JVM starts cold: at a million passages its closed-loop
   * QPS rose 101 → 139 → 160 → 165 over four rounds of 12 s, so with the in-bench server's 2 s
   * warm-up it was measured mostly while the JIT still compiled, and loaded (70 % of that QPS)
   * too lightly. It gets {@link #SERVE_WARMUP_SECONDS} in a real run.
   */
  private double serveWarmupSeconds() {
    return options.warmUp() ? Math.max(options.warmupSeconds(), SERVE_WARMUP_SECONDS) : options.warmupSeconds();
  }

  static URI uri(int port, BenchQuery q) {
    return URI.create("http://127.0.0.1:" + port + path(q));
  }

  /** The query as a path and query string of the API. */
  static String path(BenchQuery q) {
    StringBuilder sb = new StringBuilder("/api/search?q=")
        .append(URLEncoder.encode(q.q(), StandardCharsets.UTF_8)).append("&limit=").append(LIMIT);
    q.filters().forEach((dim, values) -> values.forEach(v ->
        sb.append('&').append(dim).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
    return sb.toString();
  }

  private String[] searchRow(int size, String where, LoadRunner.Result r, String ratio, String target) {
    Percentiles p = r.fixedRate().latencyMicros();
    return new String[] {fmtInt(size), where, Integer.toString(r.concurrency()), fmt1(r.closedLoop().qps()), ratio,
        fmt1(r.targetRate()), ms(p.percentile(50)), ms(p.percentile(95)), ms(p.percentile(99)), ms(p.max()),
        Long.toString(r.closedLoop().errors() + r.fixedRate().errors()), target};
  }

  // ---------------------------------------------------------------- the measured steps

  /** One Indexer for the whole run, so its dictionaries load once (in the warm-up), not per measured run. */
  private final Indexer indexer = new Indexer();

  private IndexRunSummary index(Path corpus, Path index) throws Exception {
    return indexer.run(new Indexer.Options(corpus, index, true, options.threads(), ExtractionLimits.DEFAULT),
        ProgressListener.SILENT);
  }

  /** Tika extraction alone: TikaExtractor over every document file, on the same number of threads. */
  private int tikaAlone(Path corpus) throws Exception {
    List<Path> files = documentFiles(corpus);
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    AtomicInteger ok = new AtomicInteger();
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (Path f : files) {
        tasks.add(pool.submit(() -> {
          try {
            extractor.extract(f);
            ok.incrementAndGet();
          } catch (ExtractionException e) {
            log.println("kb bench: Tika failed on " + f + ": " + e.getMessage());
          }
          return null;
        }));
      }
      for (Future<?> t : tasks) {
        t.get();
      }
    } finally {
      pool.shutdown();
      extractor.close();
    }
    return ok.get();
  }

  /** Raw Lucene: the passages' text into one IndexWriter with StandardAnalyzer, same threads, one commit. */
  private long rawLucene(List<String> passages, Path index) throws Exception {
    try (Directory dir = FSDirectory.open(Files.createDirectories(index));
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
             .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      onThreads(passages.size(), i -> {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField("body", passages.get(i), Field.Store.YES));
        writer.addDocument(doc);
      });
      writer.commit();
    }
    return passages.size();
  }

  /**
   * The index's own cost without the pipeline: the generated reports as the schema's documents
   * (every field, the Danish analysis, report blocks), written by Lucene on the same threads with
   * the indexer's writer settings and one commit. What it leaves out is extraction (Tika),
   * entities and dates (no facet values for people, organisations, municipalities), commits on
   * the way and the final merge. The gap between this and raw Lucene is what the product's
   * fields and analysis cost; the gap between the indexer and this is the pipeline.
   */
  private long productDocuments(List<CorpusGenerator.Report> reports, Path index, LeftOut leftOut) throws Exception {
    ReportDocuments documents = new ReportDocuments();
    AtomicInteger passages = new AtomicInteger();
    try (Directory dir = FSDirectory.open(Files.createDirectories(index));
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(leftOut.analyzer())
             .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128))) {
      onThreads(reports.size(), i -> {
        Report report = asIndexed(reports.get(i));
        writer.addDocuments(documents.toDocuments(report).stream().map(leftOut.change()).toList());
        passages.addAndGet(report.passages().size());
      });
      writer.commit();
    }
    return passages.get();
  }

  private interface ItemTask {
    void run(int item) throws Exception;
  }

  /** Items 0 … count-1, dealt round-robin to the bench's threads, as the limits index them. */
  private void onThreads(int count, ItemTask step) throws Exception {
    int threads = options.threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        tasks.add(pool.submit(() -> {
          for (int i = first; i < count; i += threads) {
            step.run(i);
          }
          return null;
        }));
      }
      for (Future<?> t : tasks) {
        t.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** A generated report as the indexer would hand it to the schema, minus what extraction finds. */
  static Report asIndexed(CorpusGenerator.Report generated) {
    String path = generated.baseName() + "." + generated.format().extension();
    String id = ReportIds.reportId(path);
    // One passage per paragraph, as raw Lucene gets them (the splitter would drop or merge some).
    List<ReportPassage> passages = new ArrayList<>();
    int start = 0;
    for (String paragraph : generated.paragraphs()) {
      int ordinal = passages.size() + 1;
      passages.add(new ReportPassage(ReportIds.passageId(id, ordinal), ordinal, start, start + paragraph.length(),
          paragraph, NamedEntities.NONE, List.of()));
      start += paragraph.length() + PassageSplitter.PARAGRAPH_SEPARATOR.length();
    }
    String body = PassageSplitter.join(generated.paragraphs());
    return new Report(id, path, "", generated.title(), Optional.of(generated.conference()),
        Optional.of(LocalDate.parse(generated.date())), Optional.empty(), Optional.of(generated.place()),
        Optional.of(generated.organiser()), Optional.of(generated.publisher()), Optional.empty(), Optional.empty(),
        OptionalInt.empty(), "da", "txt", "text/plain; charset=UTF-8", Optional.empty(),
        Optional.empty(), body, TextFingerprint.of(body).map(TextFingerprint::toBytes), passages, List.of(), List.of(), new TextAudit(body.length(), body.length(), List.of()));
  }

  /** A small run of every step first, so the measured sizes do not pay for class loading and JIT. */
  private void warmUp(CorpusGenerator generator) throws Exception {
    log.println("kb bench: warming up (class loading, JIT, dictionaries) …");
    Path dir = fresh(options.work().resolve("warmup"));
    Path corpus = dir.resolve("corpus");
    generator.generate(corpus, 12, List.of(CorpusGenerator.Format.values()));
    index(corpus, dir.resolve("index"));
    tikaAlone(corpus);
    rawLucene(List.of("warm up", "varm op"), dir.resolve("raw"));
    productDocuments(List.of(generator.report(0, CorpusGenerator.Format.TXT)), dir.resolve("product-documents"),
        LeftOut.nothing());
  }

  // ---------------------------------------------------------------- output

  private void printHeader() {
    out.println("# kb bench");
    out.println();
    out.println("- command: `" + options.command() + "`");
    out.println("- date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.println("- Java: " + System.getProperty("java.vm.name") + " " + Runtime.version()
        + " (max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MB)");
    out.println("- Lucene: " + org.apache.lucene.util.Version.LATEST);
    out.println("- Tika: " + tikaVersion());
    out.println("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + totalMemory() + " memory, " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch") + cpuModel());
    out.println("- threads for indexing and Tika: " + options.threads() + "; sizes (passages): " + options.sizes()
        + "; seed " + options.seed());
    out.println("- search: warm-up " + options.warmupSeconds() + " s, then " + options.phaseSeconds()
        + " s closed loop (QPS) and " + options.phaseSeconds()
        + " s at a fixed rate of 70 % of that QPS (latency from each request's intended start:"
        + " coordinated omission corrected), at most " + options.maxRequests() + " requests a phase"
        + (options.warmUp() ? "; `kb serve` (a cold JVM) gets a warm-up of " + serveWarmupSeconds() + " s" : ""));
    out.println("- load generator, server and in-process searches share this JVM and its cores");
    out.println("- load average at start (other processes compete for the cores): " + Machine.loadAverage());
  }

  private static String tikaVersion() {
    Package p = org.apache.tika.Tika.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v != null ? v : new org.apache.tika.Tika().toString();
  }

  private static String totalMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return "unknown";
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return ", " + line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "";
  }

  private void printTable(String[] header, List<String[]> rows) {
    out.println("| " + String.join(" | ", header) + " |");
    out.println("|" + " --- |".repeat(header.length));
    for (String[] r : rows) {
      out.println("| " + String.join(" | ", r) + " |");
    }
  }

  private static String[] row(int size, String input, String what, long files, long passages, long bytes,
      double seconds, String ratio, String target) {
    double mb = bytes / 1048576.0;
    return new String[] {fmtInt(size), input, what, fmtInt(files), fmtInt(passages), fmt1(mb), fmt1(seconds),
        fmt1(files / seconds), fmt1(passages / seconds), fmt1(mb / seconds), ratio, target};
  }

  static String target(boolean met, String what) {
    return (met ? "MET " : "MISSED ") + what;
  }

  private static String fmtPct(double ratio) {
    return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
  }

  private static String fmt1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fmtInt(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String ms(long micros) {
    return micros < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", micros / 1000.0);
  }

  // ---------------------------------------------------------------- files

  private record Timed<T>(T value, double seconds) {}

  private interface Step<T> {
    T run() throws Exception;
  }

  private static <T> Timed<T> timed(Step<T> step) throws Exception {
    long began = System.nanoTime();
    T value = step.run();
    return new Timed<>(value, (System.nanoTime() - began) / 1e9);
  }

  private static List<Path> documentFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".meta.json")).sorted().toList();
    }
  }

  private static long documentBytes(Path corpus) throws IOException {
    long sum = 0;
    for (Path p : documentFiles(corpus)) {
      sum += Files.size(p);
    }
    return sum;
  }

  static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  /** Empties (or makes) a folder the bench owns. */
  static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }
}
