package dk.konferencebasen.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearestRankOnOneToHundred() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i; // unsorted on purpose
    }
    Percentiles p = new Percentiles(values, 100);
    assertEquals(50, p.percentile(50));
    assertEquals(95, p.percentile(95));
    assertEquals(99, p.percentile(99));
    assertEquals(100, p.percentile(100));
    assertEquals(1, p.percentile(0.5));
    assertEquals(100, p.max());
    assertEquals(50.5, p.mean(), 1e-9);
  }

  @Test
  void smallSamplesAndOnlyTheCountedPrefix() {
    Percentiles p = new Percentiles(new long[] {30, 10, 20, 999}, 3);
    assertEquals(3, p.count());
    assertEquals(20, p.percentile(50));
    assertEquals(30, p.percentile(99));
    assertEquals(10, p.percentile(1));
    assertEquals(7, new Percentiles(new long[] {7}, 1).percentile(99));
  }

  @Test
  void emptyAndInvalid() {
    Percentiles empty = new Percentiles(new long[0], 0);
    assertEquals(-1, empty.percentile(99));
    assertEquals(-1, empty.max());
    assertThrows(IllegalArgumentException.class, () -> empty.percentile(0));
    assertThrows(IllegalArgumentException.class, () -> empty.percentile(101));
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[2], 3));
  }

  @Test
  void fixedRatePhaseMeasuresFromTheIntendedStart() throws Exception {
    // One thread, 20 req/s, every request takes 100 ms: requests queue up behind each other, and
    // measuring from the intended start shows the queueing (a closed loop would say 100 ms).
    // The time is a clock that moves only when a request takes its 100 ms (or the runner waits for
    // a request's due time), not the machine's: with real sleeps, a busy machine could push the
    // last requests past the phase's hard stop (twice the planned time plus a second), where they
    // are not sent and count as errors.
    ManualClock clock = new ManualClock();
    LoadRunner runner = new LoadRunner(0, 0.5, 1000, 1.0, clock);
    LoadRunner.Phase phase = runner.fixedRate(1, k -> clock.advance(100_000_000L), 0.5, 20);
    assertEquals(10, phase.requests());
    assertEquals(0, phase.errors());
    long p99 = phase.latencyMicros().percentile(99);
    assertEquals(true, p99 >= 500_000, "the last request waited for the nine before it: " + p99 + " µs");
    // request k is due at 50k ms and starts when request k - 1 ends, at 100k ms: 100 + 50k ms from due to done
    long[] expected = new long[10];
    for (int k = 0; k < 10; k++) {
      expected[k] = (100 + 50L * k) * 1000;
    }
    assertArrayEquals(expected, phase.bySequence());
  }

  /** Moves only when told: by a request's own time, or to a due time the runner waits for. */
  private static final class ManualClock implements LoadRunner.Clock {
    private long now;

    @Override
    public synchronized long nanoTime() {
      return now;
    }

    @Override
    public synchronized void awaitNanos(long deadline) {
      now = Math.max(now, deadline);
    }

    synchronized void advance(long nanos) {
      now += nanos;
    }
  }
}
