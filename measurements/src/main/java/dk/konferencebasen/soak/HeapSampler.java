package dk.konferencebasen.soak;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the soak's JVM (server, clients and re-index share it) at a fixed interval: heap used
 * right after a full GC, live threads and open file descriptors. Forcing the GC is what makes
 * the heap figure comparable from sample to sample (otherwise it is mostly garbage not yet
 * collected); its pause shows up in the latencies of the requests it stops, which is noted in
 * the report.
 */
final class HeapSampler implements AutoCloseable {
  /** One sample, {@code seconds} after the sampler started. */
  record Sample(double seconds, double heapMb, int threads, long openFiles) {}

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "soak-heap-sampler");
    t.setDaemon(true);
    return t;
  });
  private final long began = System.nanoTime();

  HeapSampler(double everySeconds) {
    long period = Math.max(100, (long) (everySeconds * 1000));
    timer.scheduleAtFixedRate(this::sample, 0, period, TimeUnit.MILLISECONDS);
  }

  /** Takes one more sample now (the last one, after the load) and stops. */
  @Override
  public void close() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(30, TimeUnit.SECONDS);
    sample();
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  private void sample() {
    memory.gc();
    double heap = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    long files = os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    synchronized (this) {
      samples.add(new Sample((System.nanoTime() - began) / 1e9, heap, threads, files));
    }
  }

  /**
   * Least-squares slope of heap after GC, in MB per minute, over the samples taken at or after
   * {@code fromSeconds} (the first minute is warm-up: caches, JIT, the first snapshots); NaN with
   * fewer than three such samples.
   */
  static double slopeMbPerMinute(List<Sample> samples, double fromSeconds) {
    List<Sample> used = samples.stream().filter(s -> s.seconds() >= fromSeconds).toList();
    if (used.size() < 3) {
      return Double.NaN;
    }
    double mx = used.stream().mapToDouble(s -> s.seconds() / 60).average().orElseThrow();
    double my = used.stream().mapToDouble(Sample::heapMb).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (Sample s : used) {
      double dx = s.seconds() / 60 - mx;
      sxy += dx * (s.heapMb() - my);
      sxx += dx * dx;
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }
}
