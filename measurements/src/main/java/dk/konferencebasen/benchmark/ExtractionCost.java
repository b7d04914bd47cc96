package dk.konferencebasen.benchmark;

import dk.konferencebasen.evaluation.ExtractionEvaluation;
import dk.konferencebasen.extraction.PageChrome;
import dk.konferencebasen.extraction.html.HtmlExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What finding the main text costs per page, in-process and after a warm-up, on real pages: the
 * HTML extractor on the article-extraction benchmark's web pages, and the line rules of
 * {@link PageChrome} on the Danish dev set's pages captured as text. Parsing by Tika and the
 * rest of indexing are measured in the indexing table; this is the share the chrome removal adds.
 */
final class ExtractionCost {
  private static final int ROUNDS = 5;

  private ExtractionCost() {}

  /** Rows: what, pages, mean KB, median ms per page, p95 ms per page. */
  static List<String[]> rows(Path benchmark) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<byte[]> html = new ArrayList<>();
    Path dir = benchmark.resolve("html");
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path gz : files.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            html.add(in.readAllBytes());
          }
        }
      }
      rows.add(row("HTML: DOM main content (jsoup parse included)", html, page -> {
        HtmlExtractor.extract(new ByteArrayInputStream(page), "");
      }));
    }
    List<byte[]> text = new ArrayList<>();
    for (String page : ExtractionEvaluation.danishTexts()) {
      text.add(page.getBytes(StandardCharsets.UTF_8));
    }
    rows.add(row("text: line rules (PageChrome)", text, page -> {
      List<String> paragraphs = Arrays.asList(new String(page, StandardCharsets.UTF_8).split("\n\\s*\n"));
      PageChrome.remove(paragraphs);
    }));
    return rows;
  }

  private interface PageTask {
    void run(byte[] page) throws IOException;
  }

  private static String[] row(String what, List<byte[]> pages, PageTask task) throws IOException {
    for (byte[] page : pages) {
      task.run(page); // warm-up: class loading and JIT
    }
    long[] perPage = new long[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      long best = Long.MAX_VALUE;
      for (int r = 0; r < ROUNDS; r++) {
        long began = System.nanoTime();
        task.run(pages.get(i));
        best = Math.min(best, System.nanoTime() - began);
      }
      perPage[i] = best / 1000; // microseconds
    }
    Percentiles percentiles = new Percentiles(perPage, perPage.length);
    double kb = pages.stream().mapToInt(p -> p.length).average().orElse(0) / 1024;
    return new String[] {what, Integer.toString(pages.size()), String.format(Locale.ROOT, "%.1f", kb),
        String.format(Locale.ROOT, "%.3f", percentiles.percentile(50) / 1000.0),
        String.format(Locale.ROOT, "%.3f", percentiles.percentile(95) / 1000.0)};
  }
}
