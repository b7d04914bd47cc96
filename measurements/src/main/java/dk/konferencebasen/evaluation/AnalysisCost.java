package dk.konferencebasen.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What an analysis chain costs: its throughput on a given text, and the heap its dictionaries
 * hold. Single runs on the machine at hand; they show an order of magnitude, not a benchmark.
 */
public final class AnalysisCost {
  /** 10^6 bytes: the unit of every MB figure here. */
  public static final double MB = 1_000_000.0;

  private AnalysisCost() {}

  /** {@code rounds} passes over the texts: how many tokens and bytes, in how many nanoseconds. */
  public record Throughput(String name, int rounds, long tokens, long bytes, long nanos) {
    public double seconds() {
      return nanos / 1e9;
    }

    public double tokensPerSecond() {
      return tokens / seconds();
    }

    /** MB (10^6 bytes) of UTF-8 text per second. */
    public double mbPerSecond() {
      return bytes / MB / seconds();
    }
  }

  /** Analyzes every text {@code rounds} times through {@code analyzer.tokenStream(field, text)}. */
  public static Throughput measure(String name, Analyzer analyzer, String field, List<String> texts, int rounds) {
    long bytesPerRound = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    long tokens = 0;
    long checksum = 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            tokens++;
            checksum += term.length();
          }
          stream.end();
        } catch (IOException e) {
          throw new UncheckedIOException("analysing in-memory text cannot fail", e);
        }
      }
    }
    long nanos = System.nanoTime() - start;
    if (checksum < 0) {
      throw new AssertionError(); // keeps the term reads observable
    }
    return new Throughput(name, rounds, tokens, bytesPerRound * rounds, Math.max(1, nanos));
  }

  /** How many timed slices each analyzer gets, taken in turns with the others. */
  private static final int SLICES = 5;

  /**
   * Per analyzer: a warm-up (at least half the target, at least one pass), then the texts
   * analysed as many times over as that analyzer needs for about {@code target}, in
   * {@value #SLICES} slices taken in turns (b, c, b, c …) so that a machine whose load changes
   * during the measurement slows every analyzer alike; each analyzer's figure is its median
   * slice. Every analyzer sees the same text; only the number of passes differs, so the rates
   * compare.
   */
  public static List<Throughput> compare(Map<String, Analyzer> analyzers, String field, List<String> texts, Duration target) {
    long targetNanos = Math.max(1, target.toNanos());
    Map<String, Integer> roundsPerSlice = new LinkedHashMap<>();
    for (Map.Entry<String, Analyzer> a : analyzers.entrySet()) {
      long warmStart = System.nanoTime();
      do {
        measure(a.getKey(), a.getValue(), field, texts, 1);
      } while (System.nanoTime() - warmStart < targetNanos / 2);
      // Time whole rounds for at least a twentieth of the target, so a fast chain is not timed on one short round.
      int probeRounds = 0;
      long probeStart = System.nanoTime();
      do {
        measure(a.getKey(), a.getValue(), field, texts, 1);
        probeRounds++;
      } while (System.nanoTime() - probeStart < targetNanos / 20);
      double roundNanos = Math.max(1, (System.nanoTime() - probeStart) / (double) probeRounds);
      roundsPerSlice.put(a.getKey(), (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(targetNanos / SLICES / roundNanos))));
    }
    Map<String, List<Throughput>> slices = new LinkedHashMap<>();
    for (int slice = 0; slice < SLICES; slice++) {
      for (Map.Entry<String, Analyzer> a : analyzers.entrySet()) {
        slices.computeIfAbsent(a.getKey(), k -> new ArrayList<>())
            .add(measure(a.getKey(), a.getValue(), field, texts, roundsPerSlice.get(a.getKey())));
      }
    }
    List<Throughput> results = new ArrayList<>();
    for (List<Throughput> own : slices.values()) {
      List<Throughput> sorted = own.stream().sorted(java.util.Comparator.comparingDouble(Throughput::mbPerSecond)).toList();
      results.add(sorted.get(sorted.size() / 2));
    }
    return results;
  }

  /** Heap the dictionaries hold, in bytes, and how it was measured. */
  public record Heap(long bytes, String how) {
    public double megabytes() {
      return bytes / MB;
    }
  }

  /**
   * Measures, in a fresh JVM (so that nothing has loaded the dictionaries yet), the used heap
   * after garbage collection before and after the first {@code new DanishTextAnalyzer()} and the
   * analysis of one word; see {@link HeapProbe}.
   */
  public static Heap dictionaryHeap() throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(javaBin, "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        output.add(line);
      }
    }
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("the heap probe did not finish in 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while measuring the heap", e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : output) {
      if (line.startsWith(HeapProbe.PREFIX)) {
        String[] kv = line.substring(HeapProbe.PREFIX.length()).split("=", 2);
        values.put(kv[0], kv[1]);
      }
    }
    if (process.exitValue() != 0 || !values.containsKey("delta")) {
      throw new IOException("the heap probe failed (exit " + process.exitValue() + "):\n" + String.join("\n", output));
    }
    return new Heap(Long.parseLong(values.get("delta")), "fresh JVM, used heap after System.gc() ×5, before: "
        + String.format(Locale.ROOT, "%.1f MB", Long.parseLong(values.get("before")) / MB) + ", after: "
        + String.format(Locale.ROOT, "%.1f MB", Long.parseLong(values.get("after")) / MB));
  }
}
