package dk.konferencebasen.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.IndexerException;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.search.ReportDocument;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Measures extraction on real documents nobody on the team wrote, through the whole product: the
 * files are indexed by {@link Indexer} and what {@code /api/documents/{id}} stores is scored.
 *
 * <ul>
 *   <li>the article-extraction benchmark (181 web pages with their hand-checked main text),
 *       scored with the benchmark's own measure ({@link ShingleScore}); the pages are split into
 *       two halves by their sorted position, and only the first ("dev") half was looked at while
 *       the extractor was built, so the second ("held-out") half is reported apart;
 *   <li>the Danish dev set (evaluation/extraction-da: conference pages captured as text, each line
 *       judged content, info or chrome and the title written down by reading, before the product
 *       ran on them), per split.
 * </ul>
 */
public final class ExtractionEvaluation {
  public static final String DANISH_SET = "/evaluation/extraction-da/";

  /** Scores of the benchmark over all pages and per half. */
  public record BenchmarkResult(ShingleScore.Scores all, ShingleScore.Scores dev, ShingleScore.Scores heldOut) {}

  /** The Danish set's figures for one split. */
  public record DanishResult(String split, int documents, int emptyDocuments, int contentLines, int contentKept,
      int infoLines, int infoKept, int chromeLines, int chromeRemoved, int titlesRight, List<String> lostLines,
      List<String> keptChrome, List<String> wrongTitles) {
    public double contentKeptShare() {
      return (contentKept + infoKept) / (double) Math.max(1, contentLines + infoLines);
    }

    public double chromeRemovedShare() {
      return chromeRemoved / (double) Math.max(1, chromeLines);
    }

    public double titlesRightShare() {
      return titlesRight / (double) Math.max(1, documents);
    }
  }

  private ExtractionEvaluation() {}

  /** Prints part 4 of {@code kb eval}: both measurements with their targets. */
  public static void print(Path benchmark, Path work, java.io.PrintStream out, java.io.PrintStream log)
      throws IOException, IndexerException {
    out.println();
    out.println("4. Extraction: what the product stores of real documents (GET /api/documents/{id} text)");
    if (Files.isDirectory(benchmark.resolve("html"))) {
      log.println("kb eval: indexing the article-extraction benchmark's 181 pages ...");
      BenchmarkResult b = benchmark(benchmark, work);
      out.println("   article-extraction benchmark (" + benchmark + "), its own measure:");
      out.printf("   %-28s %6s %9s %7s  %s%n", "", "F1", "precision", "recall", "pages");
      row(out, "ours, all pages", b.all());
      row(out, "ours, dev half (tuned on)", b.dev());
      row(out, "ours, held-out half", b.heldOut());
      out.println("   published, all pages: trafilatura 0.958 / 0.938 / 0.978, Readability.js 0.947 / 0.914 / 0.982,");
      out.println("   boilerpipe 0.860 / 0.850 / 0.870, all visible text 0.665 / 0.500 / 0.994");
      out.printf("   target F1 >= 0.96 on all pages: %s%n", b.all().f1() >= 0.96 ? "PASS" : "MISS");
    } else {
      out.println("   article-extraction benchmark not found at " + benchmark + " (pass --extraction-benchmark DIR)");
    }
    log.println("kb eval: indexing the Danish extraction set ...");
    List<DanishResult> danish = danish(work);
    out.println("   Danish set (" + DANISH_SET.substring(1) + "; " + danish.stream().mapToInt(DanishResult::documents).sum()
        + " real pages judged line by line; heldout: never looked at while building):");
    out.printf("   %-7s %5s %6s %14s %15s %8s%n", "split", "docs", "empty", "content kept", "chrome removed", "titles");
    for (DanishResult r : danish) {
      out.printf("   %-7s %5d %6d %7d/%-4d %5.1f%% %4d/%-3d %5.1f%% %2d/%-2d %5.1f%%%n", r.split(), r.documents(),
          r.emptyDocuments(), r.contentKept() + r.infoKept(), r.contentLines() + r.infoLines(), 100 * r.contentKeptShare(),
          r.chromeRemoved(), r.chromeLines(), 100 * r.chromeRemovedShare(), r.titlesRight(), r.documents(),
          100 * r.titlesRightShare());
    }
    out.println("   targets: no empty document; content kept >= 99 %; chrome removed >= 90 %; titles right >= 90 %");
  }

  private static void row(java.io.PrintStream out, String name, ShingleScore.Scores s) {
    out.printf("   %-28s %6.3f %9.3f %7.3f  %d%n", name, s.f1(), s.precision(), s.recall(), s.pages());
  }

  /** Indexes the benchmark's pages into {@code work} and scores the stored text of each. */
  public static BenchmarkResult benchmark(Path benchmark, Path work) throws IOException, IndexerException {
    Path corpus = Files.createDirectories(work.resolve("benchmark-pages"));
    List<String> keys = new ArrayList<>();
    try (var files = Files.list(benchmark.resolve("html"))) {
      for (Path gz : files.sorted().toList()) {
        String key = gz.getFileName().toString().replace(".html.gz", "");
        keys.add(key);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          Files.write(corpus.resolve(key + ".html"), in.readAllBytes());
        }
      }
    }
    JsonNode truth = new ObjectMapper().readTree(benchmark.resolve("ground-truth.json").toFile());
    Map<String, String> stored = indexAndRead(corpus, work.resolve("benchmark-index"), keys, ".html");
    List<ShingleScore.Counts> all = new ArrayList<>();
    List<ShingleScore.Counts> dev = new ArrayList<>();
    List<ShingleScore.Counts> heldOut = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      ShingleScore.Counts counts = ShingleScore.page(truth.path(key).path("articleBody").asText(""), stored.getOrDefault(key, ""));
      all.add(counts);
      (i % 2 == 0 ? dev : heldOut).add(counts);
    }
    return new BenchmarkResult(ShingleScore.of(all), ShingleScore.of(dev), ShingleScore.of(heldOut));
  }

  /** Indexes the Danish set's pages into {@code work} and checks every judged line and title. */
  public static List<DanishResult> danish(Path work) throws IOException, IndexerException {
    Path corpus = Files.createDirectories(work.resolve("danish-pages"));
    Map<String, String> splits = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String line : resource("pages.tsv").split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || line.startsWith("#")) {
        continue;
      }
      names.add(cols[0]);
      splits.put(cols[0], cols[1]);
      Files.writeString(corpus.resolve(cols[0] + ".txt"), resource(cols[0] + ".txt"));
    }
    Map<String, ReportDocument> stored = new HashMap<>();
    Path index = work.resolve("danish-index");
    run(corpus, index);
    try (Searcher searcher = open(index)) {
      for (String name : names) {
        searcher.document(ReportIds.reportId(name + ".txt")).ifPresent(d -> stored.put(name, d));
      }
    }
    List<DanishResult> results = new ArrayList<>();
    for (String split : new java.util.LinkedHashSet<>(splits.values().stream().sorted(ExtractionEvaluation::bySplitOrder).toList())) {
      results.add(score(split, names.stream().filter(n -> split.equals(splits.get(n))).toList(), stored));
    }
    return results;
  }

  /** dev, test, heldout: in the order they were made, and the order they are read in. */
  private static int bySplitOrder(String a, String b) {
    List<String> order = List.of("dev", "test", "heldout");
    return Integer.compare(order.indexOf(a) < 0 ? order.size() : order.indexOf(a), order.indexOf(b) < 0 ? order.size() : order.indexOf(b));
  }

  private static DanishResult score(String split, List<String> names, Map<String, ReportDocument> stored) throws IOException {
    int empty = 0, content = 0, contentKept = 0, info = 0, infoKept = 0, chrome = 0, chromeRemoved = 0, titles = 0;
    List<String> lost = new ArrayList<>();
    List<String> keptChrome = new ArrayList<>();
    List<String> wrongTitles = new ArrayList<>();
    for (String name : names) {
      ReportDocument doc = stored.get(name);
      String body = doc == null ? "" : doc.text();
      if (body.isBlank()) {
        empty++;
      }
      Map<String, Integer> lines = new HashMap<>();
      for (String line : body.split("\n")) {
        lines.merge(normalise(line), 1, Integer::sum);
      }
      List<String> judgedTitles = new ArrayList<>();
      for (String row : resource(name + ".labels.tsv").split("\n")) {
        String[] cols = row.split("\t", 2);
        if (cols.length < 2) {
          continue;
        }
        if (cols[0].equals("# title")) {
          judgedTitles.addAll(List.of(cols[1].split(" \\|\\| ")));
          continue;
        }
        if (cols[0].startsWith("#")) {
          continue;
        }
        String key = normalise(cols[1]);
        if (key.isEmpty()) {
          continue;
        }
        boolean kept = lines.getOrDefault(key, 0) > 0;
        if (kept) {
          lines.merge(key, -1, Integer::sum);
        }
        switch (cols[0]) {
          case "content" -> {
            content++;
            if (kept) contentKept++; else lost.add(name + ": " + cols[1].strip());
          }
          case "info" -> {
            info++;
            if (kept) infoKept++; else lost.add(name + ": " + cols[1].strip());
          }
          case "chrome" -> {
            chrome++;
            if (!kept) chromeRemoved++; else keptChrome.add(name + ": " + cols[1].strip());
          }
          default -> throw new IllegalStateException(name + ": unknown label " + cols[0]);
        }
      }
      String title = doc == null ? "" : comparable(doc.title());
      if (judgedTitles.stream().anyMatch(t -> comparable(t).equals(title))) {
        titles++;
      } else {
        wrongTitles.add(name + ": \"" + (doc == null ? "" : doc.title()) + "\" (judged: " + String.join(" || ", judgedTitles) + ")");
      }
    }
    return new DanishResult(split, names.size(), empty, content, contentKept, info, infoKept, chrome, chromeRemoved,
        titles, lost, keptChrome, wrongTitles);
  }

  private static Map<String, String> indexAndRead(Path corpus, Path index, List<String> keys, String extension)
      throws IOException, IndexerException {
    run(corpus, index);
    Map<String, String> stored = new HashMap<>();
    try (Searcher searcher = open(index)) {
      for (String key : keys) {
        Optional<ReportDocument> doc = searcher.document(ReportIds.reportId(key + extension));
        doc.ifPresent(d -> stored.put(key, d.text()));
      }
    }
    return stored;
  }

  private static IndexRunSummary run(Path corpus, Path index) throws IndexerException {
    return new Indexer().run(new Indexer.Options(corpus, index, true,
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), ExtractionLimits.DEFAULT),
        ProgressListener.SILENT);
  }

  private static Searcher open(Path index) throws IOException {
    try {
      return Searcher.open(index);
    } catch (dk.konferencebasen.search.IndexNotReadyException e) {
      throw new IOException("the evaluation index cannot be read: " + e.getMessage(), e);
    }
  }

  /** Lines compare with their whitespace collapsed, as the stored text keeps them. */
  private static String normalise(String line) {
    return line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Titles compare without case, punctuation or spacing. */
  static String comparable(String title) {
    return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The texts of the Danish set's pages, as captured, in the order of its index. */
  public static List<String> danishTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : resource("pages.tsv").split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !line.startsWith("#")) {
        texts.add(resource(cols[0] + ".txt"));
      }
    }
    return texts;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExtractionEvaluation.class.getResourceAsStream(DANISH_SET + name)) {
      if (in == null) {
        throw new IOException("the Danish extraction set's " + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
