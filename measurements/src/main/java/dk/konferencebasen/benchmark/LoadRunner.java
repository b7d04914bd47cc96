package dk.konferencebasen.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives an operation from {@code concurrency} threads, bounded in time and in count. Two phases:
 *
 * <ol>
 *   <li>closed loop (every thread sends its next request as soon as the last one answered): the
 *       highest throughput at that concurrency, the QPS figure;</li>
 *   <li>open loop at a fixed rate (a fraction of the closed-loop QPS): request k is due at
 *       {@code start + k / rate}; a thread takes the next due request, waits until it is due and
 *       measures from its <em>intended</em> start, so a stall also counts against the requests
 *       that could not be sent during it (coordinated omission corrected): the latency figures.</li>
 * </ol>
 * A warm-up in closed loop comes first and is not measured.
 */
public final class LoadRunner {
  /** One request; throws on any failure (which is counted, not measured). */
  @FunctionalInterface
  public interface Operation {
    void run(int sequence) throws Exception;
  }

  /** @param bySequence the latency of request k (microseconds; -1 for an error), for the figures of a part of the mix */
  public record Phase(long requests, long errors, double seconds, Percentiles latencyMicros, long[] bySequence) {
    public double qps() {
      return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Latencies of the requests k that {@code sequences} picks (one query class of a round-robin mix). */
    public Percentiles latencyMicros(java.util.function.IntPredicate sequences) {
      long[] ok = new long[bySequence.length];
      int m = 0;
      for (int k = 0; k < bySequence.length; k++) {
        if (bySequence[k] >= 0 && sequences.test(k)) {
          ok[m++] = bySequence[k];
        }
      }
      return new Percentiles(ok, m);
    }
  }

  public record Result(int concurrency, Phase closedLoop, Phase fixedRate, double targetRate) {}

  /**
   * The time the load is scheduled and measured by: the machine's, or in a test one that moves
   * only as the test's operation says, so that what a phase does is decided by its requests and
   * not by how fast the test machine runs them.
   */
  interface Clock {
    long nanoTime();

    /** Returns once {@link #nanoTime()} has reached {@code deadline}. */
    void awaitNanos(long deadline);

    Clock SYSTEM = new Clock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void awaitNanos(long deadline) {
        long now;
        while ((now = System.nanoTime()) < deadline) {
          LockSupport.parkNanos(deadline - now);
        }
      }
    };
  }

  private final double warmupSeconds;
  private final double phaseSeconds;
  private final int maxRequests;
  private final double rateFraction;
  private final Clock clock;

  public LoadRunner(double warmupSeconds, double phaseSeconds, int maxRequests, double rateFraction) {
    this(warmupSeconds, phaseSeconds, maxRequests, rateFraction, Clock.SYSTEM);
  }

  LoadRunner(double warmupSeconds, double phaseSeconds, int maxRequests, double rateFraction, Clock clock) {
    this.warmupSeconds = warmupSeconds;
    this.phaseSeconds = phaseSeconds;
    this.maxRequests = maxRequests;
    this.rateFraction = rateFraction;
    this.clock = clock;
  }

  public Result run(int concurrency, Operation op) throws InterruptedException {
    closed(concurrency, op, warmupSeconds);
    Phase closed = closed(concurrency, op, phaseSeconds);
    double rate = Math.max(1.0, closed.qps() * rateFraction);
    Phase open = fixedRate(concurrency, op, phaseSeconds, rate);
    return new Result(concurrency, closed, open, rate);
  }

  Phase closed(int concurrency, Operation op, double seconds) throws InterruptedException {
    long[] latencies = new long[maxRequests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long start = clock.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      threads.add(Thread.ofPlatform().name("load-" + t).start(() -> {
        while (clock.nanoTime() < end) {
          int k = next.getAndIncrement();
          if (k >= maxRequests) {
            break;
          }
          send(op, k, clock.nanoTime(), latencies, done, errors);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double took = (clock.nanoTime() - start) / 1e9;
    int sent = Math.min(next.get(), maxRequests);
    return new Phase(done.get(), errors.get(), took, measured(latencies, sent), Arrays.copyOf(latencies, sent));
  }

  Phase fixedRate(int concurrency, Operation op, double seconds, double rate) throws InterruptedException {
    int planned = (int) Math.min(maxRequests, Math.max(1, Math.round(seconds * rate)));
    long[] latencies = new long[planned];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long intervalNanos = (long) (1e9 / rate);
    long start = clock.nanoTime() + 1_000_000;
    // A hard stop at twice the planned time, so an overloaded server cannot make it run forever.
    long hardStop = start + (long) (2 * seconds * 1e9) + 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      threads.add(Thread.ofPlatform().name("load-rate-" + t).start(() -> {
        while (true) {
          int k = next.getAndIncrement();
          if (k >= planned) {
            break;
          }
          long intended = start + k * intervalNanos;
          clock.awaitNanos(intended);
          long now = clock.nanoTime();
          if (now > hardStop) {
            latencies[k] = -1;
            errors.incrementAndGet(); // not sent: counted as an error, never as a fast answer
            continue;
          }
          send(op, k, intended, latencies, done, errors);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double took = (clock.nanoTime() - start) / 1e9;
    return new Phase(done.get(), errors.get(), took, measured(latencies, planned), latencies);
  }

  /** Runs request k and records its latency in microseconds from {@code fromNanos}, or -1 on error. */
  private void send(Operation op, int k, long fromNanos, long[] latencies, AtomicInteger done, AtomicLong errors) {
    try {
      op.run(k);
      latencies[k] = (clock.nanoTime() - fromNanos) / 1000;
      done.incrementAndGet();
    } catch (Exception e) {
      latencies[k] = -1;
      errors.incrementAndGet();
    }
  }

  private static Percentiles measured(long[] latencies, int n) {
    long[] ok = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (latencies[i] >= 0) {
        ok[m++] = latencies[i];
      }
    }
    return new Percentiles(ok, m);
  }
}
