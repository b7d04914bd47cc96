package dk.konferencebasen.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link LoadRunner.Clock} for smoke tests: it moves a microsecond each time it is read and
 * jumps to any due time the runner waits for. Load phases timed by it end by their request count
 * (maxRequests) and never because the machine was slow: a closed loop sends every one of its
 * requests, however late its threads start, and a fixed-rate phase never reaches its hard stop
 * (where requests not sent count as errors). The latencies and rates it yields say nothing about
 * the machine; a smoke test does not read them.
 */
final class CountingClock implements LoadRunner.Clock {
  private final AtomicLong now = new AtomicLong();

  @Override
  public long nanoTime() {
    return now.addAndGet(1_000);
  }

  @Override
  public void awaitNanos(long deadline) {
    now.accumulateAndGet(deadline, Math::max);
  }
}
