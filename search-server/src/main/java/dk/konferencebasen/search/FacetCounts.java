package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
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

  /**
   * @param state the snapshot's facet ordinals; null when nothing has a facet value yet
   * @param sameText the snapshot's reports that share their text
   */
  static Counted count(SortedSetDocValuesReaderState state, MatchTally.Tally tally, SameTextReports sameText)
      throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
    if (state == null) {
      return new Counted(facets, false);
    }
    int[] counts = new int[state.getSize()];
    // Index-wide doc ids and ordinals: on one segment these are the segment's own values, on
    // several Lucene maps them through the reader state's ordinal map.
    SortedSetDocValues values = state.getDocValues();
    SameTextCounts grouped = new SameTextCounts(sameText, tally.sample().length);
    for (int doc : tally.sample()) {
      if (values.advanceExact(doc)) {
        boolean ofGroup = grouped.passage(doc);
        for (int i = values.docValueCount(); i > 0; i--) {
          int ord = (int) values.nextOrd();
          if (ofGroup) {
            grouped.value(ord);
          } else {
            counts[ord]++;
          }
        }
      }
    }
    grouped.addTo(counts);
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
   * The values of passages whose reports are in a group, kept apart (the rare case: the snapshot's
   * table of grouped reports is walked alongside the passages, both in index order) and added to
   * the counts at the end as the most any member of each group has. Each value of such a passage is
   * one long: group, value (ordinal) and member packed so that sorting brings the entries of one
   * group and value together, member by member.
   */
  private static final class SameTextCounts {
    /** Bits for a group's or a member's number: enough to number every passage of the sample. */
    private final int smallBits;
    private final int ordBits;
    private final SameTextReports table;
    private final SameTextReports.Walk walk;
    private final Map<Long, Integer> groupNumbers = new HashMap<>();
    private int lastMember = -1;
    private long current;
    private long[] entries = new long[256];
    private int size;

    SameTextCounts(SameTextReports table, int passages) {
      this.table = table;
      this.walk = table.new Walk();
      this.smallBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(passages, table.size())));
      this.ordBits = 63 - 2 * smallBits;
    }

    /** Whether this passage (index-wide doc ids, in increasing order) is of a report in a group; its values follow. */
    boolean passage(int doc) {
      if (table.isEmpty()) {
        return false;
      }
      int member = walk.blockOf(doc); // the report's place in the table: a number for the member
      if (member < 0) {
        return false;
      }
      if (member != lastMember) {
        long group = groupNumbers.computeIfAbsent(table.key(member), k -> groupNumbers.size());
        current = (group << (ordBits + smallBits)) | member;
        lastMember = member;
      }
      return true;
    }

    void value(int ord) {
      if (ord >= 1L << ordBits) {
        throw new IllegalStateException("facet ordinal " + ord + " does not fit " + ordBits + " bits");
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = current | ((long) ord << smallBits);
    }

    void addTo(int[] counts) {
      Arrays.sort(entries, 0, size);
      long groupAndOrdMask = -1L << smallBits;
      int i = 0;
      while (i < size) {
        long groupAndOrd = entries[i] & groupAndOrdMask;
        int most = 0;
        while (i < size && (entries[i] & groupAndOrdMask) == groupAndOrd) {
          int run = 1;
          for (i++; i < size && entries[i] == entries[i - 1]; i++) {
            run++; // the same member, value and group
          }
          most = Math.max(most, run);
        }
        counts[(int) ((groupAndOrd >>> smallBits) & ((1L << ordBits) - 1))] += most;
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
