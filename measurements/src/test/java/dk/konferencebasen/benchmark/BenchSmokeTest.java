package dk.konferencebasen.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny end-to-end run: it completes and prints its tables; the numbers are not checked.
 *
 * <p>Nothing here depends on how fast the machine is: the load phases are timed by a
 * {@link CountingClock}, so each sends its 20 requests (a closed loop whose thread started after
 * its 0.2 s, or a fixed-rate phase past its hard stop, would have sent none or counted errors),
 * and the time budget is set so that the first size always fits and the million never does.
 */
class BenchSmokeTest {
  /**
   * The budget (minutes) that decides which sizes run. Before the first size the estimate uses
   * 4 ms a passage: 150 passages plus the search phases of these options (2 concurrencies x (0.1 +
   * 2 x 0.2 + 2) s x 2, the served JVM's 0.1 + 2 x 0.2 s) are 11.1 s, 0.185 min, within it. The
   * million's estimate uses the seconds a passage measured at 150: over 0.2 min unless indexing
   * took under 1.5 µs a passage, which no machine does (the writer alone takes longer). With the
   * budget of 10 min it had, a machine indexing under 0.59 ms a passage would have run the million.
   */
  private static final double MAX_MINUTES = 0.2;

  @TempDir Path tmp;

  @Test
  void tinyRunPrintsEveryTable() throws Exception {
    Path ddt = TestSentences.writeConllu(tmp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Bench.Options options = new Bench.Options("./kb bench --sizes 150 (test)", ddt, tmp.resolve("corpus"),
        tmp.resolve("work"), 2, List.of(150, 1_000_000), 1, 0.1, 0.2, 20, MAX_MINUTES, List.of(1, 8), false);
    new Bench(options, DdtSentences.read(ddt), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(log, true, StandardCharsets.UTF_8)).timingLoadBy(new CountingClock()).run();
    String text = out.toString(StandardCharsets.UTF_8);
    String progress = log.toString(StandardCharsets.UTF_8);
    for (String expected : List.of("# kb bench", "- command: `./kb bench --sizes 150 (test)`", "- Lucene: ",
        "- Tika: ", "cores", "## Indexing", "| passages | input | what |", "raw Lucene, StandardAnalyzer (limit)",
        "Tika extraction alone (limit)", "## Search", "| passages | where | concurrency | QPS (closed loop) |",
        "HTTP loopback", "in-process Searcher.search (limit)", "| 150 | HTTP loopback to `kb serve` (own JVM, -Xmx1g) | 8 |",
        "## Memory and start-up",
        "| passages | bench JVM: heap used after GC MB |", "kb serve alone: start-up to first answer ms (cold JVM)")) {
      assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text + "\n" + progress);
    }
    // The feature table: the product's documents as they are and with each feature left out.
    assertTrue(text.contains("| 150 | nothing (the product's documents) |"), text);
    for (LeftOut variant : LeftOut.each()) {
      assertTrue(text.contains("| 150 | " + variant.feature() + " | "), "no row for " + variant.feature() + " in:\n" + text);
    }
    // The product's documents in Lucene alone index the same passages as raw Lucene.
    assertEquals(passagesOfRow(text, "raw Lucene, StandardAnalyzer (limit)"),
        passagesOfRow(text, "Lucene with the product's documents"), text);
    // The million-passage size is supported but skipped with its reason, within the time budget.
    assertTrue(text.contains("size 1,000,000 skipped: estimated"), text);
    assertTrue(!text.contains("| 150 | HTTP loopback | 1 | 0.0 |"), "HTTP answered nothing:\n" + text);
    // The memory row ends with the served requests of kb serve in its own JVM and its failures.
    assertTrue(Pattern.compile("(?m)^\\| 150 \\|.*\\| [1-9][\\d,]* \\| 0 \\|$").matcher(text).find(),
        "kb serve in its own JVM answered nothing or failed:\n" + text);
  }

  /** The passages column of the indexing row at size 150 whose "what" starts with {@code what}. */
  private static String passagesOfRow(String text, String what) {
    Matcher row = Pattern.compile("(?m)^\\| 150 \\| txt \\| " + Pattern.quote(what) + "[^|]* \\| [\\d,]+ \\| ([\\d,]+) \\|").matcher(text);
    assertTrue(row.find(), "no row \"" + what + "\" in:\n" + text);
    assertTrue(!row.group(1).equals("0"), what + " indexed nothing");
    return row.group(1);
  }
}
