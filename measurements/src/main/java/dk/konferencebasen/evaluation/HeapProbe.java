package dk.konferencebasen.evaluation;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.analysis.DanishTextAnalyzer;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Run in a JVM of its own by {@link AnalysisCost#dictionaryHeap()}: prints the used heap (after
 * garbage collection) before and after the first {@code new DanishTextAnalyzer()} and the
 * analysis of one word, which loads the Danish dictionaries. Lucene's own analysis classes are
 * loaded beforehand (a StandardAnalyzer run), so the difference is what our chain adds.
 */
public final class HeapProbe {
  static final String PREFIX = "heap-probe ";

  /** Keeps the analyzer and its output reachable while the heap is measured. */
  private static Object keep;

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    try (Analyzer standard = new StandardAnalyzer()) {
      AnalyzedToken.of(standard, "text", "integration");
    }
    long before = usedAfterGc();
    DanishTextAnalyzer analyzer = new DanishTextAnalyzer();
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, "text", "fædrene");
    keep = List.of(analyzer, tokens);
    long after = usedAfterGc();
    System.out.println(PREFIX + "before=" + before);
    System.out.println(PREFIX + "after=" + after);
    System.out.println(PREFIX + "delta=" + (after - before));
    System.out.println(PREFIX + "kept=" + keep.hashCode());
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
