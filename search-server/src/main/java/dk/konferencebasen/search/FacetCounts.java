package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.PriorityQueue;

/**
 * Passage counts per facet value for the passages a search matched: exact up to
 * {@link MatchTally#EXACT_UP_TO} matches, above that estimated from the tally's random sample
 * (count in the sample divided by the sampling rate), and the result says so.
 *
 * <p>Reports with the same text are one hit, so they count once here too: for each value, a
 * group adds the count of its member with the most matching passages with that value. A value
 * all members share (the conference, a person named) then counts as in one file; a value in
 * which they differ (the format, DOCX and ODT) counts for each, as filtering by it finds that
 * member.
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
    SameTextCounts sameText = new SameTextCounts(state.getReader());
    for (int doc : tally.sample()) {
      if (values.advanceExact(doc)) {
        Map<Integer, Integer> ofMember = sameText.memberCounts(doc);
        for (int i = values.docValueCount(); i > 0; i--) {
          int ord = (int) values.nextOrd();
          if (ofMember == null) {
            counts[ord]++;
          } else {
            ofMember.merge(ord, 1, Integer::sum);
          }
        }
      }
    }
    sameText.addTo(counts);
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

  /**
   * The counts of passages whose reports are in a group, kept per member (the rare case: most
   * passages have no group key, and a reader without any groups has no key field at all), then
   * added to the counts as the most any member of each group has.
   */
  private static final class SameTextCounts {
    private final IndexReader reader;
    private final NumericDocValues keys;
    /** Group key → member's report doc → count per ordinal (sparse: a report has few values). */
    private final Map<Long, Map<Integer, Map<Integer, Integer>>> groups = new HashMap<>();

    SameTextCounts(IndexReader reader) throws IOException {
      this.reader = reader;
      this.keys = MultiDocValues.getNumericValues(reader, IndexSchema.SAME_TEXT_GROUP);
    }

    /**
     * The counts of this passage's report if it is in a group, else null (count it as usual).
     * Passages come as index-wide doc ids in increasing order.
     */
    Map<Integer, Integer> memberCounts(int doc) throws IOException {
      if (keys == null || !keys.advanceExact(doc)) {
        return null;
      }
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int report = leaf.docBase + StoredReports.REPORT_DOCS.getBitSet(leaf).nextSetBit(doc - leaf.docBase);
      return groups.computeIfAbsent(keys.longValue(), k -> new HashMap<>()).computeIfAbsent(report, r -> new HashMap<>());
    }

    void addTo(int[] counts) {
      for (Map<Integer, Map<Integer, Integer>> members : groups.values()) {
        Map<Integer, Integer> most = new HashMap<>();
        members.values().forEach(member -> member.forEach((ord, n) -> most.merge(ord, n, Math::max)));
        most.forEach((ord, n) -> counts[ord] += n);
      }
    }
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
