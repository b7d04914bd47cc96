package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;

/**
 * Passage counts per facet value for the passages a search matched. Counting reads every
 * matching passage's facet values, which on a million passages took a quarter of a broad
 * search's time; above {@link #EXACT_UP_TO} matches the counts are estimated from an even random
 * sample of that many passages (Lucene's sampling collector, fixed seed: the same query on the
 * same commit always gives the same estimate), and the result says so.
 */
final class FacetCounts {
  static final int TOP_VALUES = 20;
  static final int EXACT_UP_TO = 50_000;
  private static final long SEED = 20261122L;

  /** The counts, and whether they were estimated from a sample. */
  record Counted(Map<String, Map<String, Integer>> values, boolean estimated) {}

  private FacetCounts() {}

  /** Collects every matching passage; samples only when there are more than EXACT_UP_TO. */
  static CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> collector() {
    return collector(EXACT_UP_TO);
  }

  static CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> collector(int exactUpTo) {
    return RandomSamplingFacetsCollector.createManager(exactUpTo, SEED);
  }

  /**
   * A count in the sample scaled to all matches. Lucene's {@code amortizeFacetCounts} also caps
   * each estimate by the value's document frequency, one term look-up per value and segment:
   * 5 % of the bench's searches on a million passages, to tighten an estimate that is
   * marked as one anyway.
   */
  private static int scaledUp(int sampled, double rate) {
    return (int) Math.min(Integer.MAX_VALUE, Math.round(sampled / rate));
  }

  /** @param state the snapshot's facet ordinals; null when nothing has a facet value yet */
  static Counted count(SortedSetDocValuesReaderState state,
      RandomSamplingFacetsCollector passages) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
    if (state == null) {
      return new Counted(facets, false);
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, passages);
    // The rate is set once the counts have drawn the sample, and stays 0 when none was needed.
    double rate = passages.getSamplingRate();
    boolean estimated = rate > 0 && rate < 1;
    for (String dim : IndexSchema.FACETS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(TOP_VALUES, dim);
      } catch (IllegalArgumentException dimensionNotInIndex) {
        continue;
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          facets.get(dim).put(lv.label, estimated ? scaledUp(lv.value.intValue(), rate) : lv.value.intValue());
        }
      }
    }
    return new Counted(facets, estimated);
  }
}
