package dk.konferencebasen.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * {@code concurrency} client threads in a closed loop (each sends its next request as soon as the
 * last one is answered) until the soak's end condition holds. Unlike {@code benchmark.LoadRunner}, which measures
 * the highest throughput and a fixed-rate latency with one latency slot per planned request,
 * this judges every answer by endpoint and keeps going for minutes, so each thread keeps its own
 * growing {@link LatencyLog}.
 */
final class ClientLoad {
  private static final int KEPT_PROBLEMS = 20;

  /** What the clients saw, merged over threads. */
  record Result(Map<String, LatencyLog.Summary> endpoints, List<String> problems, double seconds, long endedNanos) {}

  /** How far the load has come, for deciding when it ends: time, requests sent, endpoints answered as they should be. */
  record Progress(double seconds, long requests, Set<String> answered) {}

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

  /** Sends the mix until {@code done} says so; it is asked before every request. */
  Result run(Predicate<Progress> done) throws InterruptedException {
    List<LatencyLog> logs = new ArrayList<>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    AtomicLong sent = new AtomicLong();
    Set<String> answered = ConcurrentHashMap.newKeySet();
    long began = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      LatencyLog log = new LatencyLog();
      logs.add(log);
      Random random = new Random(seed * 31 + t);
      threads.add(Thread.ofPlatform().name("soak-client-" + t).start(() -> {
        try {
          while (!done.test(new Progress((System.nanoTime() - began) / 1e9, sent.get(), answered))) {
            SoakRequest request = mix.next(random);
            long sentAt = System.nanoTime();
            sent.incrementAndGet();
            SoakClient.Result result = client.send(request);
            log.record(request.endpoint(), result.outcome(), (System.nanoTime() - sentAt) / 1000);
            if (!result.outcome().bad()) {
              answered.add(request.endpoint());
            }
            if (result.outcome().bad() && problems.size() < KEPT_PROBLEMS) {
              problems.add(String.format(java.util.Locale.ROOT, "%s at %.1f s (sent at %.1f s): %s → %s", result.outcome(),
                  (System.nanoTime() - began) / 1e9, (sentAt - began) / 1e9, shorten(request.target()), shorten(result.detail())));
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
