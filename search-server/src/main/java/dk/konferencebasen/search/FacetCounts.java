package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.PriorityQueue;

/**
 * Passage counts per facet value for the passages a search matched: exact up to
 * {@link MatchTally#EXACT_UP_TO} matches, above that estimated from the tally's random sample
 * (count in the sample divided by the sampling rate), and the result says so.
 */
final class FacetCounts {
  static final int TOP_VALUES = 20;

  /** The counts, and whether they were estimated from a sample. */
  record Counted(Map<String, Map<String, Integer>> values, boolean estimated) {}

  private FacetCounts() {}

  /** @param state the snapshot's facet ordinals; null when nothing has a facet value yet */
  static Counted count(SortedSetDocValuesReaderState state, MatchTally.Tally tally) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
    if (state == null) {
      return new Counted(facets, false);
    }
    int[] counts = new int[state.getSize()];
    // Index-wide doc ids and ordinals: on one segment these are the segment's own values, on
    // several Lucene maps them through the reader state's ordinal map.
    SortedSetDocValues values = state.getDocValues();
    for (int doc : tally.sample()) {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[(int) values.nextOrd()]++;
        }
      }
    }
    double rate = tally.samplingRate();
    for (String dim : IndexSchema.FACETS) {
      OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        continue;
      }
      Map<String, Integer> top = facets.get(dim);
      for (int ord : topOrds(counts, range)) {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
        top.put(path[path.length - 1], tally.sampled() ? scaledUp(counts[ord], rate) : counts[ord]);
      }
    }
    return new Counted(facets, tally.sampled());
  }

  /** The most frequent values of one dimension, most first; ties in index (label) order. */
  private static int[] topOrds(int[] counts, OrdRange range) {
    PriorityQueue<Integer> queue = new PriorityQueue<>(TOP_VALUES) {
      @Override
      protected boolean lessThan(Integer a, Integer b) {
        return counts[a] != counts[b] ? counts[a] < counts[b] : a > b;
      }
    };
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        queue.insertWithOverflow(ord);
      }
    }
    int[] top = new int[queue.size()];
    for (int i = top.length - 1; i >= 0; i--) {
      top[i] = queue.pop();
    }
    return top;
  }

  /** A count in the sample scaled to all matches. */
  private static int scaledUp(int sampled, double rate) {
    return (int) Math.min(Integer.MAX_VALUE, Math.round(sampled / rate));
  }
}
