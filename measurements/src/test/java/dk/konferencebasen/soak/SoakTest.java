package dk.konferencebasen.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.benchmark.TestSentences;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak machinery in a short run: a small corpus, a few clients while the re-index loop
 * changes and commits. The load ends by events (requests sent, every endpoint answered, a
 * re-index commit seen in the answers), never by a clock, so the test holds on any machine.
 * Checks behaviour only (no failures, commits picked up, every part of the mix exercised, a
 * report with a verdict); speed and the heap over minutes are {@code ./kb soak}'s.
 */
class SoakTest {
  /**
   * The heap is sampled at the start and after the load only. The verdict judges the heap's
   * growth once samples span three minutes; sampled every 2 s, as before, a machine slow enough
   * to take that long would have had its heap judged (on a few noisy minutes), a fast one not.
   */
  private static final double SAMPLE_SECONDS_NEVER_DURING_THE_LOAD = 1e9;

  @TempDir Path tmp;

  @Test
  void shortSoakHasNoFailuresAndTheServerPicksUpTheReindexCommits() throws Exception {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Soak.Options options = new Soak.Options("soak test", new Soak.LoadEnd.Events(1000), 8, 40, 7,
        List.of(CorpusGenerator.Format.TXT, CorpusGenerator.Format.HTML), 2, SAMPLE_SECONDS_NEVER_DURING_THE_LOAD,
        tmp.resolve("work"));
    SoakResult result = new Soak(options, TestSentences.SENTENCES,
        new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    SoakReport.print(result, new PrintStream(report, true, StandardCharsets.UTF_8));
    String text = report.toString(StandardCharsets.UTF_8);
    System.out.println(text);

    assertEquals(0, result.failed(), text);
    assertEquals(0, result.unexpected(), text);
    assertEquals(List.of(), result.reindexFailures(), text);
    assertTrue(result.requests() >= 1000, text);
    assertTrue(result.commitsSeen() >= 2, "answers named the first commit and at least one from the re-index:\n" + text);
    assertTrue(result.rounds().stream().anyMatch(r -> r.removed() > 0 && r.indexed() > 0),
        "rounds replaced and removed reports");
    assertTrue(result.refusedAsExpected() > 0, "the bad requests of the mix were sent and refused");
    for (String endpoint : QueryMix.ENDPOINTS.stream().filter(e -> !e.equals(QueryMix.REFUSED)).toList()) {
      LatencyLog.Summary summary = result.clients().endpoints().get(endpoint);
      assertTrue(summary != null && summary.count(Outcome.ANSWERED) > 0, endpoint + " answered:\n" + text);
    }
    assertTrue(result.samples().size() >= 2, "heap sampled at the start and after the load");
    assertTrue(!result.heapJudged(), "the heap is kb soak's to judge, not this test's");
    assertTrue(result.passed(), text);
    assertTrue(text.contains("## Verdict") && text.contains("PASSED"), text);
  }

  @Test
  void heapSlopeIsTheLeastSquaresLineAfterTheWarmUp() {
    // 100 MB at the start, then +2 MB per minute from 60 s on; the warm-up's spike is ignored
    List<HeapSampler.Sample> samples = List.of(
        new HeapSampler.Sample(0, 100, 10, 10), new HeapSampler.Sample(30, 400, 10, 10),
        new HeapSampler.Sample(60, 102, 10, 10), new HeapSampler.Sample(120, 104, 10, 10),
        new HeapSampler.Sample(180, 106, 10, 10), new HeapSampler.Sample(240, 108, 10, 10));
    assertEquals(2.0, HeapSampler.slopeMbPerMinute(samples, 60), 1e-9);
    assertTrue(Double.isNaN(HeapSampler.slopeMbPerMinute(samples.subList(0, 4), 60)), "fewer than three samples");
  }
}
