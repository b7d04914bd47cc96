package dk.konferencebasen.soak;

import dk.konferencebasen.benchmark.CorpusGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a soak saw, and its verdict: it fails on any failed or unexpected answer, on a part of the
 * mix never answered, on a re-index that failed, when the server never showed a commit the re-index made, and on a heap that
 * clearly grows.
 */
public record SoakResult(Soak.Options options, CorpusGenerator.Summary corpus, double firstIndexSeconds,
    ClientLoad.Result clients, List<ReindexLoop.Round> rounds, List<String> reindexFailures,
    List<String> setupProblems, int commitsSeen, List<HeapSampler.Sample> samples, String loadBefore,
    String loadAfter) {
  /** The first minute is warm-up (JIT, caches, the first snapshots' completions): not in the slope. */
  static final double WARMUP_SECONDS = 60;
  /** The heap is judged only over at least this long after the warm-up. */
  static final double MIN_JUDGED_SECONDS = 120;
  /**
   * "Clearly growing": more than this many MB per minute after a full GC, i.e. 25 MB over a
   * 5-minute soak. Retaining ~100 bytes per request crosses it at the request rates measured
   * here (docs/RELIABILITY.md); the churn of a stable run (segments merging, a new snapshot
   * every commit) moves the heap by a few MB either way, not steadily up.
   */
  static final double MAX_SLOPE_MB_PER_MINUTE = 5.0;
  /** A commit becomes visible within a refresh period (1 s); allow three. */
  static final long VISIBLE_WITHIN_NANOS = 3_000_000_000L;

  public long requests() {
    return all().requests();
  }

  public long failed() {
    return all().count(Outcome.FAILED);
  }

  public long unexpected() {
    return all().count(Outcome.UNEXPECTED);
  }

  public long refusedAsExpected() {
    return all().count(Outcome.REFUSED_AS_EXPECTED);
  }

  LatencyLog.Summary all() {
    return clients.endpoints().get(LatencyLog.ALL);
  }

  /** Re-index rounds whose commit the server had time to pick up before the load ended. */
  public int roundsCommittedDuringLoad() {
    return (int) rounds.stream().filter(r -> r.endedNanos() <= clients.endedNanos() - VISIBLE_WITHIN_NANOS).count();
  }

  public double heapSlopeMbPerMinute() {
    return HeapSampler.slopeMbPerMinute(samples, WARMUP_SECONDS);
  }

  /** Whether the run was long enough to judge the heap (at least two minutes after the warm-up). */
  public boolean heapJudged() {
    double last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).seconds();
    return last - WARMUP_SECONDS >= MIN_JUDGED_SECONDS && !Double.isNaN(heapSlopeMbPerMinute());
  }

  public List<String> reasonsToFail() {
    List<String> reasons = new ArrayList<>();
    if (failed() > 0) {
      reasons.add(failed() + " failed requests (5xx, no connection, timeout or not JSON)");
    }
    if (unexpected() > 0) {
      reasons.add(unexpected() + " unexpected answers (4xx to a good request or 2xx to a bad one)");
    }
    for (String endpoint : QueryMix.ENDPOINTS) {
      LatencyLog.Summary summary = clients.endpoints().get(endpoint);
      if (summary == null || summary.requests() == summary.count(Outcome.FAILED) + summary.count(Outcome.UNEXPECTED)) {
        reasons.add(endpoint + " was never answered as it should be");
      }
    }
    reindexFailures.forEach(reasons::add);
    setupProblems.forEach(reasons::add);
    if (roundsCommittedDuringLoad() > 0 && commitsSeen < 2) {
      reasons.add("the re-index committed " + roundsCommittedDuringLoad() + " times during the load, but every answer"
          + " named the same index commit: the server did not pick up new commits");
    }
    if (heapJudged() && heapSlopeMbPerMinute() > MAX_SLOPE_MB_PER_MINUTE) {
      reasons.add(String.format(Locale.ROOT, "heap after GC grows by %.1f MB per minute (limit %.0f)",
          heapSlopeMbPerMinute(), MAX_SLOPE_MB_PER_MINUTE));
    }
    return reasons;
  }

  public boolean passed() {
    return reasonsToFail().isEmpty();
  }
}
