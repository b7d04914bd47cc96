package dk.konferencebasen.benchmark;

import java.util.Arrays;

/** Percentiles by the nearest-rank method over a sample of latencies (any unit). */
public final class Percentiles {
  private final long[] sorted;

  public Percentiles(long[] values, int count) {
    if (count < 0 || count > values.length) {
      throw new IllegalArgumentException("count " + count + " outside 0.." + values.length);
    }
    this.sorted = Arrays.copyOf(values, count);
    Arrays.sort(this.sorted);
  }

  public int count() {
    return sorted.length;
  }

  /**
   * The smallest value such that at least {@code p} percent of the sample is at or below it
   * (nearest rank: index ceil(p/100 * n) - 1); p in (0, 100]. NaN-free: an empty sample gives -1.
   */
  public long percentile(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
    }
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  public long max() {
    return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
  }

  public double mean() {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (long v : sorted) {
      sum += v;
    }
    return sum / sorted.length;
  }
}
