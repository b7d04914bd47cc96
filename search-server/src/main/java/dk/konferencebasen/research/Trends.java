package dk.konferencebasen.research;

import dk.konferencebasen.search.FacetValues;
import dk.konferencebasen.search.MatchingPassages;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * Counts over time (or per conference, per organiser): one walk over the matching passages and
 * one over every passage the filters let through, each reading the dimension from the facet doc
 * values. Exact, not sampled: a trend line with a hole from a cut-off would mislead.
 */
final class Trends {
  private Trends() {}

  static TrendsResult count(Snapshot snapshot, Query matching, Query all, TrendDimension by) throws IOException {
    Tally hits = Tally.of(snapshot, matching, by);
    Tally everything = Tally.of(snapshot, all, by);
    List<String> values = new ArrayList<>(everything.perValue.keySet());
    values.sort(by.order);
    List<TrendsResult.Bucket> buckets = new ArrayList<>(values.size());
    for (String value : values) {
      buckets.add(bucket(value, hits.perValue.get(value), everything.perValue.get(value)));
    }
    return new TrendsResult(by.label(), hits.passages, hits.reports, everything.passages, everything.reports, buckets,
        bucket(null, hits.withoutValue, everything.withoutValue), snapshot.commit());
  }

  private static TrendsResult.Bucket bucket(String value, Count hits, Count all) {
    Count h = hits == null ? new Count() : hits;
    return new TrendsResult.Bucket(value, h.passages, h.reports, all.passages, all.reports,
        share(h.passages, all.passages), share(h.reports, all.reports));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static final class Count {
    long passages;
    long reports;
  }

  private static final class Tally {
    final Map<String, Count> perValue = new HashMap<>();
    final Count withoutValue = new Count();
    long passages;
    long reports;

    static Tally of(Snapshot snapshot, Query passages, TrendDimension by) throws IOException {
      Tally tally = new Tally();
      FacetValues dimension = new FacetValues(by.facet);
      ReportBlocks blocks = new ReportBlocks(Set.of());
      tally.passages = MatchingPassages.forEach(snapshot, passages, new MatchingPassages.Visitor() {
        private FacetValues.Leaf values;
        private int lastReport = -1;

        @Override
        public void leaf(LeafReaderContext leaf) throws IOException {
          values = dimension.leaf(leaf);
          blocks.leaf(leaf);
        }

        @Override
        public boolean passage(int doc) throws IOException {
          // A report's passages come together, so a new report shows as a change of block.
          int report = blocks.reportOf(doc);
          boolean firstOfReport = report != lastReport;
          lastReport = report;
          if (firstOfReport) {
            tally.reports++;
          }
          List<String> found = values.of(doc);
          if (found.isEmpty()) {
            tally.add(tally.withoutValue, firstOfReport);
          }
          for (String value : found) {
            tally.add(tally.perValue.computeIfAbsent(value, v -> new Count()), firstOfReport);
          }
          return true;
        }
      });
      return tally;
    }

    private void add(Count count, boolean firstOfReport) {
      count.passages++;
      if (firstOfReport) {
        count.reports++;
      }
    }
  }
}
