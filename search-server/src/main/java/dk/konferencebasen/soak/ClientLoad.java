package dk.konferencebasen.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code concurrency} client threads in a closed loop (each sends its next request as soon as the
 * last one is answered) until the deadline. Unlike {@code benchmark.LoadRunner}, which measures
 * the highest throughput and a fixed-rate latency with one latency slot per planned request,
 * this judges every answer by endpoint and keeps going for minutes, so each thread keeps its own
 * growing {@link LatencyLog}.
 */
final class ClientLoad {
  private static final int KEPT_PROBLEMS = 20;

  /** What the clients saw, merged over threads. */
  record Result(Map<String, LatencyLog.Summary> endpoints, List<String> problems, double seconds, long endedNanos) {}

  private final QueryMix mix;
  private final SoakClient client;
  private final int concurrency;
  private final long seed;

  ClientLoad(QueryMix mix, SoakClient client, int concurrency, long seed) {
    this.mix = mix;
    this.client = client;
    this.concurrency = concurrency;
    this.seed = seed;
  }

  /**
   * Sends the mix for {@code seconds}, and on past them while {@code waitFor} says so (the soak
   * waits for a re-index round to commit under load, however slow the machine), but never past
   * {@link #MAX_EXTENSION_FACTOR} times the planned time, so the load always ends by itself.
   */
  static final int MAX_EXTENSION_FACTOR = 20;

  Result run(double seconds, java.util.function.BooleanSupplier waitFor) throws InterruptedException {
    List<LatencyLog> logs = new ArrayList<>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    long began = System.nanoTime();
    long deadline = began + (long) (seconds * 1e9);
    long hardDeadline = began + (long) (seconds * MAX_EXTENSION_FACTOR * 1e9);
    for (int t = 0; t < concurrency; t++) {
      LatencyLog log = new LatencyLog();
      logs.add(log);
      Random random = new Random(seed * 31 + t);
      threads.add(Thread.ofPlatform().name("soak-client-" + t).start(() -> {
        try {
          while (System.nanoTime() < deadline || (System.nanoTime() < hardDeadline && waitFor.getAsBoolean())) {
            SoakRequest request = mix.next(random);
            long sent = System.nanoTime();
            SoakClient.Result result = client.send(request);
            log.record(request.endpoint(), result.outcome(), (System.nanoTime() - sent) / 1000);
            if (result.outcome().bad() && problems.size() < KEPT_PROBLEMS) {
              problems.add(String.format(java.util.Locale.ROOT, "%s at %.1f s (sent at %.1f s): %s → %s", result.outcome(),
                  (System.nanoTime() - began) / 1e9, (sent - began) / 1e9, shorten(request.target()), shorten(result.detail())));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long ended = System.nanoTime();
    return new Result(LatencyLog.merge(logs, QueryMix.ENDPOINTS), List.copyOf(problems), (ended - began) / 1e9, ended);
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
