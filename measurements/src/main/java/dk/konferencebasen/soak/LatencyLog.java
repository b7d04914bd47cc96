package dk.konferencebasen.soak;

import dk.konferencebasen.benchmark.Percentiles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies (microseconds) and outcomes per endpoint. Each client thread writes its own log, so
 * recording takes no lock; the logs are merged once the load has stopped. Every answered
 * request is kept (8 bytes each: about 1 MB for a 5-minute soak), so percentiles are exact.
 */
final class LatencyLog {
  private final Map<String, long[]> micros = new LinkedHashMap<>();
  private final Map<String, Integer> sizes = new LinkedHashMap<>();
  private final Map<String, EnumMap<Outcome, Long>> outcomes = new LinkedHashMap<>();

  void record(String endpoint, Outcome outcome, long latencyMicros) {
    outcomes.computeIfAbsent(endpoint, e -> new EnumMap<>(Outcome.class)).merge(outcome, 1L, Long::sum);
    if (outcome == Outcome.FAILED) {
      return; // a failure has no meaningful latency; it is counted, not measured
    }
    long[] values = micros.computeIfAbsent(endpoint, e -> new long[1024]);
    int n = sizes.getOrDefault(endpoint, 0);
    if (n == values.length) {
      values = Arrays.copyOf(values, n * 2);
      micros.put(endpoint, values);
    }
    values[n] = latencyMicros;
    sizes.put(endpoint, n + 1);
  }

  /** Everything the threads recorded, per endpoint, plus "all" over every endpoint. */
  static Map<String, Summary> merge(List<LatencyLog> logs, List<String> order) {
    Map<String, Summary> out = new LinkedHashMap<>();
    long[] all = new long[0];
    EnumMap<Outcome, Long> allOutcomes = new EnumMap<>(Outcome.class);
    for (String endpoint : order) {
      long[] values = new long[0];
      EnumMap<Outcome, Long> counts = new EnumMap<>(Outcome.class);
      for (LatencyLog log : logs) {
        int n = log.sizes.getOrDefault(endpoint, 0);
        if (n > 0) {
          int at = values.length;
          values = Arrays.copyOf(values, at + n);
          System.arraycopy(log.micros.get(endpoint), 0, values, at, n);
        }
        log.outcomes.getOrDefault(endpoint, new EnumMap<>(Outcome.class)).forEach((o, c) -> counts.merge(o, c, Long::sum));
      }
      if (counts.isEmpty()) {
        continue;
      }
      counts.forEach((o, c) -> allOutcomes.merge(o, c, Long::sum));
      int at = all.length;
      all = Arrays.copyOf(all, at + values.length);
      System.arraycopy(values, 0, all, at, values.length);
      out.put(endpoint, new Summary(counts, new Percentiles(values, values.length)));
    }
    out.put(ALL, new Summary(allOutcomes, new Percentiles(all, all.length)));
    return out;
  }

  static final String ALL = "all";

  /** Outcome counts and latency percentiles of one endpoint. */
  record Summary(Map<Outcome, Long> outcomes, Percentiles latencyMicros) {
    long count(Outcome o) {
      return outcomes.getOrDefault(o, 0L);
    }

    long requests() {
      return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
