package dk.konferencebasen.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSet;

/**
 * One unscored pass over the passages a search matched: how many there are, how many reports
 * they belong to (and how many hits those are, reports with the same text counted once), and
 * which of them the facet counts read.
 *
 * <p>Up to {@link #EXACT_UP_TO} matches every passage is kept for the facet counts. Above that, a
 * random sample of between half and all of that many is kept: each passage gets a level from a
 * hash of its doc id (level ≥ k with probability 2<sup>-k</sup>), and whenever more than
 * EXACT_UP_TO are kept, the lowest level kept is dropped. Every match is then in the sample with
 * the same known chance, 2<sup>-k</sup>, and the same query on the same commit always gives the
 * same sample. The sample is drawn while collecting, so no bit set of every match is built.
 *
 * <p>Why 20 000: reading a sampled passage's facet values costs about 100 ns on a million
 * passages (a cache miss into the doc values for each), so the facet counts cost what the sample
 * holds. With 50 000 they were a third of a broad search's CPU time; with 20 000 the four text
 * queries of the bench took 49 ms together instead of 68 ms (docs/BENCHMARKS.md). A value with
 * 1 % of the matches is then estimated within 7–10 % (one standard deviation).
 */
final class MatchTally {
  static final int EXACT_UP_TO = 20_000;
  private static final long SEED = 20261122L;

  /**
   * @param passages the matching passages, exact
   * @param reports the reports they belong to, exact
   * @param hits those reports with reports of the same text counted once, as a search shows them
   * @param sample index-wide doc ids of the passages the facet counts read, in increasing order
   * @param level the sample holds the matches whose level is at least this; 0 means all of them
   */
  record Tally(long passages, int reports, int hits, int[] sample, int level) {
    double samplingRate() {
      return Math.scalb(1.0, -level);
    }

    boolean sampled() {
      return level > 0;
    }
  }

  private MatchTally() {}

  /** @param sameText the snapshot's reports that share their text, to count each group once */
  static CollectorManager<Tallier, Tally> manager(SameTextReports sameText) {
    return manager(EXACT_UP_TO, sameText);
  }

  static CollectorManager<Tallier, Tally> manager(int exactUpTo, SameTextReports sameText) {
    return new CollectorManager<>() {
      @Override
      public Tallier newCollector() {
        return new Tallier(exactUpTo, sameText);
      }

      @Override
      public Tally reduce(Collection<Tallier> talliers) {
        long passages = 0;
        int reports = 0;
        int grouped = 0;
        Set<Long> groups = new HashSet<>();
        int level = 0;
        for (Tallier t : talliers) {
          passages += t.passages;
          reports += t.reports;
          grouped += t.groupedReports;
          groups.addAll(t.groups);
          level = Math.max(level, t.sample.level);
        }
        Sample merged = new Sample(exactUpTo, level);
        for (Tallier t : talliers) {
          merged.addAll(t.sample);
        }
        return new Tally(passages, reports, reports - grouped + groups.size(), merged.sortedDocs(), merged.level);
      }
    };
  }

  /** The level of an index-wide doc id: the number of trailing zero bits of its hash. */
  static int level(int doc) {
    long z = (doc ^ SEED) + 0x9E3779B97F4A7C15L; // SplitMix64's finaliser: every input bit moves every output bit
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return Long.numberOfTrailingZeros(z);
  }

  /**
   * Collects one slice of the index. Within a segment a collector sees passages in increasing
   * doc id order, so a report is counted when its first matching passage is seen (a report's
   * block ends with the report document, the next set bit after its passages). Snapshots search
   * without an executor, so a segment is never split between collectors, nor a report. A report
   * that shares its text with others (it is in the snapshot's table of them) also adds its group
   * to a set; the reduce counts each group once.
   */
  static final class Tallier extends SimpleCollector {
    private final Sample sample;
    private long passages;
    private int reports;
    private int groupedReports;
    private final Set<Long> groups = new HashSet<>();
    private final SameTextReports sameText;
    /** Where the walk through the table of grouped reports is: reports come in increasing order. */
    private int groupedAt;
    private BitSet reportDocs;
    private int docBase;
    private int currentReport = -1;

    Tallier(int exactUpTo, SameTextReports sameText) {
      sample = new Sample(exactUpTo, 0);
      this.sameText = sameText;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
      reportDocs = StoredReports.REPORT_DOCS.getBitSet(leaf);
      docBase = leaf.docBase;
      currentReport = -1;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      passages++;
      if (doc > currentReport && reportDocs != null) {
        int report = reportDocs.nextSetBit(doc);
        currentReport = report == DocIdSetIterator.NO_MORE_DOCS ? Integer.MAX_VALUE : report;
        reports++;
        if (report != DocIdSetIterator.NO_MORE_DOCS && !sameText.isEmpty()) {
          countGroup(docBase + report);
        }
      }
      sample.offer(docBase + doc);
    }

    /**
     * Walks the table along, not a doc-values look-up per report: the look-ups were two thirds of
     * this collector's time on a broad query.
     */
    private void countGroup(int report) {
      while (groupedAt < sameText.size() && sameText.report(groupedAt) < report) {
        groupedAt++;
      }
      if (groupedAt < sameText.size() && sameText.report(groupedAt) == report) {
        groupedReports++;
        groups.add(sameText.key(groupedAt));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Doc ids with their levels; never more than the limit once the lowest levels are dropped. */
  private static final class Sample {
    private final int limit;
    private int level;
    private int[] docs = new int[1024];
    private byte[] levels = new byte[1024];
    private int size;

    Sample(int limit, int level) {
      this.limit = limit;
      this.level = level;
    }

    void offer(int doc) {
      int l = level(doc);
      if (l < level) {
        return;
      }
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        levels = Arrays.copyOf(levels, size * 2);
      }
      docs[size] = doc;
      levels[size] = (byte) l;
      size++;
      while (size > limit) {
        level++;
        dropBelowLevel();
      }
    }

    void addAll(Sample other) {
      for (int i = 0; i < other.size; i++) {
        offer(other.docs[i]);
      }
    }

    private void dropBelowLevel() {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (levels[i] >= level) {
          docs[kept] = docs[i];
          levels[kept] = levels[i];
          kept++;
        }
      }
      size = kept;
    }

    int[] sortedDocs() {
      int[] sorted = Arrays.copyOf(docs, size);
      Arrays.sort(sorted); // already sorted from one collector; slices may interleave
      return sorted;
    }
  }
}
