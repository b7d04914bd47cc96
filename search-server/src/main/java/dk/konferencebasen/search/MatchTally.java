package dk.konferencebasen.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSet;

/**
 * Unscored passes over the passages a search matched: how many there are, how many reports they
 * belong to (and how many hits those are, reports with the same text counted once), and which of
 * them the facet counts read.
 *
 * <p>{@link #counting} counts up to {@link #EXACT_UP_TO} matches and keeps each for the facets;
 * past that it stops, and the totals are lower bounds (as Elasticsearch's {@code gte}). Counting
 * every match of a common-word phrase on a million passages meant checking the positions of
 * most of them; the page shows ten.
 *
 * <p>{@link #sampling} then reads a random sample of the matches for the facets: each passage
 * has a level from a hash of its doc id (level ≥ k with probability 2<sup>-k</sup>); the search
 * runs only over the doc ids of level ≥ k ({@link SampledDocs}, which leads the conjunction, so
 * a phrase is checked on the sample alone), and whenever more than {@link #SAMPLE_UP_TO} are
 * kept the lowest level kept is dropped. Every match is then in the sample with the same known
 * chance, 2<sup>-k</sup>, and the same query on the same commit always gives the same sample.
 *
 * <p>Why 10 000 to 20 000: reading a passage's facet values costs about 100 ns on a million
 * passages (a cache miss into the doc values for each), so the facet counts cost what the sample
 * holds. A value with 1 % of the matches is estimated within 7–10 % (one standard deviation).
 */
final class MatchTally {
  static final int EXACT_UP_TO = 10_000;
  static final int SAMPLE_UP_TO = 20_000;
  private static final long SEED = 20261122L;

  /**
   * @param passages the matching passages; exact when {@code complete}, else a lower bound
   * @param reports the reports they belong to, likewise
   * @param hits those reports with reports of the same text counted once, as a search shows them
   * @param sample index-wide doc ids of the passages the facet counts read, in increasing order
   * @param level the sample holds the matches whose level is at least this; 0 means all of them
   * @param complete whether every match was counted
   * @param coverage the share of the index's doc ids the count went through (1 when complete)
   */
  record Tally(long passages, int reports, int hits, int[] sample, int level, boolean complete, double coverage) {
    double samplingRate() {
      return Math.scalb(1.0, -level);
    }

    boolean sampled() {
      return level > 0;
    }

    /** The level whose sample of all matches should hold {@link #EXACT_UP_TO} to {@link #SAMPLE_UP_TO}. */
    int sampleLevel() {
      double estimated = passages / Math.max(coverage, 1e-9);
      return Math.max(1, (int) Math.floor(Math.log(estimated / EXACT_UP_TO) / Math.log(2)));
    }
  }

  private MatchTally() {}

  /** Counts up to {@link #EXACT_UP_TO} matches and keeps them all for the facets. */
  static CollectorManager<Tallier, Tally> counting(SameTextReports sameText) {
    return counting(EXACT_UP_TO, sameText);
  }

  static CollectorManager<Tallier, Tally> counting(int upTo, SameTextReports sameText) {
    return manager(() -> new Tallier(upTo, new Sample(Integer.MAX_VALUE, 0), sameText));
  }

  /**
   * The matches of level ≥ {@code level}, at most {@code limit} of them (the level rises past
   * that): for a query already restricted by {@code new SampledDocs(level)}.
   */
  static CollectorManager<Tallier, Tally> sampling(int level, int limit, SameTextReports sameText) {
    return manager(() -> new Tallier(Long.MAX_VALUE, new Sample(limit, level), sameText));
  }

  private static CollectorManager<Tallier, Tally> manager(java.util.function.Supplier<Tallier> collectors) {
    return new CollectorManager<>() {
      @Override
      public Tallier newCollector() {
        return collectors.get();
      }

      @Override
      public Tally reduce(Collection<Tallier> talliers) {
        long passages = 0;
        int reports = 0;
        int grouped = 0;
        Set<Long> groups = new HashSet<>();
        int level = 0;
        int limit = 0;
        boolean complete = true;
        double coverage = 0;
        for (Tallier t : talliers) {
          passages += t.counted();
          reports += t.reports;
          grouped += t.groupedReports;
          groups.addAll(t.groups);
          level = Math.max(level, t.sample.level);
          limit = t.sample.limit;
          complete &= !t.stopped;
          coverage = Math.max(coverage, t.coverage());
        }
        Sample merged = new Sample(limit, level);
        for (Tallier t : talliers) {
          merged.addAll(t.sample);
        }
        return new Tally(passages, reports, reports - grouped + groups.size(), merged.sortedDocs(), merged.level,
            complete, complete ? 1 : coverage);
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
    private final long upTo;
    private final Sample sample;
    private long passages;
    private boolean stopped;
    /** Index-wide: the doc the count stopped at, and how many doc ids the index has. */
    private int stoppedAt;
    private int maxDoc;
    private int reports;
    private int groupedReports;
    private final Set<Long> groups = new HashSet<>();
    private final SameTextReports sameText;
    /** Where the walk through the table of grouped reports is: reports come in increasing order. */
    private int groupedAt;
    private BitSet reportDocs;
    private int docBase;
    private int currentReport = -1;

    Tallier(long upTo, Sample sample, SameTextReports sameText) {
      this.upTo = upTo;
      this.sample = sample;
      this.sameText = sameText;
    }

    long counted() {
      return Math.min(passages, upTo);
    }

    double coverage() {
      return maxDoc == 0 ? 1 : (stoppedAt + 1) / (double) maxDoc;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
      maxDoc = ReaderUtil.getTopLevelContext(leaf).reader().maxDoc();
      if (stopped) {
        throw new CollectionTerminatedException(); // counted enough: the other segments are skipped too
      }
      reportDocs = StoredReports.REPORT_DOCS.getBitSet(leaf);
      docBase = leaf.docBase;
      currentReport = -1;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      if (++passages > upTo) {
        stopped = true;
        stoppedAt = docBase + doc;
        throw new CollectionTerminatedException();
      }
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
