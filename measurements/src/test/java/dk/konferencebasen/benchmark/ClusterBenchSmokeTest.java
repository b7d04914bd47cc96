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
 * A tiny run of {@code kb bench-cluster} with a real one-node cluster: it completes, copies every
 * passage, and both backends answer every request; the numbers are not checked. The load phases
 * are timed by a {@link CountingClock}: each sends its requests whatever the machine's speed (a
 * closed loop whose thread started after its 0.3 s sent none, and a fixed-rate request the machine
 * could not send before the phase's hard stop counted as an error).
 */
class ClusterBenchSmokeTest {
  @TempDir Path tmp;

  @Test
  void tinyRunServesBothBackendsWithoutErrors() throws Exception {
    Path ddt = TestSentences.writeConllu(tmp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    new ClusterBench(new ClusterBench.Options(ddt, tmp.resolve("work"), 1, List.of(150), List.of(1), List.of(1), 0.1, 0.3,
        20, 2), DdtSentences.read(ddt), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(log, true, StandardCharsets.UTF_8)).timingLoadBy(new CountingClock()).run();
    String text = out.toString(StandardCharsets.UTF_8);
    for (String expected : List.of("# kb bench-cluster", "## Indexing", "## Search over HTTP",
        "| 150 | embedded (kb index) |", "| 150 | OpenSearch, 1 node(s), 2 shards, 0 replica")) {
      assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text + "\n" + log);
    }
    assertEquals(written(text, "embedded"), written(text, "OpenSearch, 1 node"), "every passage copied:\n" + text);
    for (String backend : List.of("embedded", "OpenSearch 1 node\\(s\\)")) {
      Matcher row = Pattern.compile("(?m)^\\| 150 \\| " + backend + " \\| 1 \\| ([\\d.]+) \\|.*\\| (\\d+) \\| [\\d.n/a]+ \\|$")
          .matcher(text);
      assertTrue(row.find(), "no search row for " + backend + " in:\n" + text);
      assertTrue(Double.parseDouble(row.group(1)) > 0, backend + " answered nothing:\n" + text);
      assertEquals("0", row.group(2), backend + " failed requests:\n" + text);
    }
  }

  private static String written(String text, String what) {
    Matcher row = Pattern.compile("(?m)^\\| 150 \\| " + Pattern.quote(what) + "[^|]* \\| ([\\d,]+) \\|").matcher(text);
    assertTrue(row.find(), "no indexing row \"" + what + "\" in:\n" + text);
    assertTrue(!row.group(1).equals("0"), what + " wrote nothing");
    return row.group(1);
  }
}
