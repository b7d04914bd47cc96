package dk.konferencebasen.soak;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link SoakResult} as Markdown: the run, the requests per endpoint, the re-index, the heap, the verdict. */
public final class SoakReport {
  private SoakReport() {}

  public static void print(SoakResult r, PrintStream out) {
    Soak.Options o = r.options();
    out.println("# kb soak");
    out.println();
    out.println("- command: `" + o.command() + "`");
    out.printf(Locale.ROOT, "- machine: %d cores, %s %s, Java %s, max heap %.0f MB; load average before %s, after %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576.0, r.loadBefore(), r.loadAfter());
    out.println("- server, clients and re-index share this one JVM: heap and thread figures are of all three");
    out.printf(Locale.ROOT, "- corpus: %,d generated reports (%s, seed %d, %.1f MB, %,d paragraphs), first index %.1f s "
            + "with %d threads%n", r.corpus().reports(), formats(o), o.seed(), r.corpus().megabytes(), r.corpus().passages(),
        r.firstIndexSeconds(), o.indexThreads());
    out.printf(Locale.ROOT, "- load: %d clients in a closed loop for %.0f s, HTTP/1.1 on 127.0.0.1, timeout %d s a request%n",
        o.concurrency(), r.clients().seconds(), SoakClient.TIMEOUT.toSeconds());
    out.println();
    out.println("## Requests");
    out.println();
    out.println("| endpoint | requests | answered | refused as expected | gone | unexpected | failed | p50 ms | p95 ms | p99 ms | max ms |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, LatencyLog.Summary> e : r.clients().endpoints().entrySet()) {
      LatencyLog.Summary s = e.getValue();
      out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %s | %s | %s | %s |%n",
          e.getKey().equals(LatencyLog.ALL) ? "**all**" : e.getKey(), s.requests(), s.count(Outcome.ANSWERED),
          s.count(Outcome.REFUSED_AS_EXPECTED), s.count(Outcome.GONE), s.count(Outcome.UNEXPECTED), s.count(Outcome.FAILED),
          ms(s.latencyMicros().percentile(50)), ms(s.latencyMicros().percentile(95)), ms(s.latencyMicros().percentile(99)),
          ms(s.latencyMicros().max()));
    }
    out.printf(Locale.ROOT, "%n%.0f requests a second. \"gone\": a report id from an earlier answer whose file the re-index "
        + "has since deleted or rewritten (404). Latency is from sending to the whole body read, failures excluded.%n",
        r.requests() / Math.max(1e-9, r.clients().seconds()));
    if (!r.clients().problems().isEmpty()) {
      out.println();
      out.println("First problems:");
      r.clients().problems().forEach(p -> out.println("- " + p));
    }
    out.println();
    out.println("## Re-index while serving");
    out.println();
    List<ReindexLoop.Round> rounds = r.rounds();
    int changed = rounds.stream().mapToInt(x -> x.changes().total()).sum();
    int indexed = rounds.stream().mapToInt(ReindexLoop.Round::indexed).sum();
    int removed = rounds.stream().mapToInt(ReindexLoop.Round::removed).sum();
    double[] seconds = rounds.stream().mapToDouble(ReindexLoop.Round::seconds).sorted().toArray();
    out.printf(Locale.ROOT, "%d rounds (each rewrites, adds and deletes %.0f %% of the files, then runs the Indexer, which "
            + "commits): %,d files changed, %,d reports indexed, %,d removed; a round took %s s (median), %s s (max). "
            + "%d rounds committed during the load; the clients saw %d distinct index commits (the first index included).%n",
        rounds.size(), CorpusChurn.SHARE_PER_ROUND * 100, changed, indexed, removed,
        seconds.length == 0 ? "–" : fmt1(seconds[seconds.length / 2]), seconds.length == 0 ? "–" : fmt1(seconds[seconds.length - 1]),
        r.roundsCommittedDuringLoad(), r.commitsSeen());
    out.println();
    out.println("## Heap, threads, open files");
    out.println();
    out.printf(Locale.ROOT, "Sampled every %.0f s after a forced full GC (its pause is in the latencies above).%n%n", o.sampleSeconds());
    out.println("| s | heap after GC MB | threads | open files |");
    out.println("| ---: | ---: | ---: | ---: |");
    for (HeapSampler.Sample s : r.samples()) {
      out.printf(Locale.ROOT, "| %.0f | %.1f | %d | %d |%n", s.seconds(), s.heapMb(), s.threads(), s.openFiles());
    }
    if (!r.samples().isEmpty()) {
      HeapSampler.Sample first = r.samples().get(0);
      HeapSampler.Sample last = r.samples().get(r.samples().size() - 1);
      out.printf(Locale.ROOT, "%nHeap after GC: first %.1f MB, last %.1f MB, slope after the first %.0f s: %s MB per minute "
              + "(%s).%n", first.heapMb(), last.heapMb(), SoakResult.WARMUP_SECONDS, fmt1(r.heapSlopeMbPerMinute()),
          r.heapJudged() ? "limit " + fmt1(SoakResult.MAX_SLOPE_MB_PER_MINUTE) : "run too short to judge the heap");
    }
    out.println();
    out.println("## Verdict");
    out.println();
    List<String> reasons = r.reasonsToFail();
    if (reasons.isEmpty()) {
      out.printf(Locale.ROOT, "PASSED: %,d requests, 0 failed, 0 unexpected; heap %s.%n", r.requests(),
          r.heapJudged() ? "stable" : "not judged (run shorter than 3 minutes)");
    } else {
      out.println("FAILED:");
      reasons.forEach(x -> out.println("- " + x));
    }
  }


  private static String formats(Soak.Options o) {
    return String.join("/", o.formats().stream().map(f -> f.extension()).toList());
  }

  private static String ms(long micros) {
    return micros < 0 ? "–" : fmt1(micros / 1000.0);
  }

  private static String fmt1(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }
}
