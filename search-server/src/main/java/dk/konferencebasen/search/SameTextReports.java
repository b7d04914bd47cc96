package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.SAME_TEXT_GROUP;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * The reports of one snapshot that share their text with others, in index order: each one's
 * report document, the first document of its block (its first passage) and its group key. Read
 * once per snapshot from the sparse group-key doc values; small, as groups are rare (16 bytes a
 * grouped report).
 *
 * <p>Why a table and not doc-values look-ups: the facet counts ask, for each of up to 20 000
 * sampled passages, whether its report is in a group. Finding each passage's report and asking
 * its doc values was a tenth of a broad search; walking this table alongside the passages, which
 * come in index order too, costs next to nothing.
 */
final class SameTextReports {
  static final SameTextReports NONE = new SameTextReports(new int[0], new int[0], new long[0]);

  private final int[] reports;
  private final int[] firstDocs;
  private final long[] keys;

  private SameTextReports(int[] reports, int[] firstDocs, long[] keys) {
    this.reports = reports;
    this.firstDocs = firstDocs;
    this.keys = keys;
  }

  static SameTextReports read(IndexReader reader) throws IOException {
    int size = 0;
    int[] reports = new int[16];
    int[] firstDocs = new int[16];
    long[] keys = new long[16];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(SAME_TEXT_GROUP);
      BitSet reportDocs = StoredReports.REPORT_DOCS.getBitSet(leaf);
      if (values == null || reportDocs == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (!reportDocs.get(doc) || (live != null && !live.get(doc))) {
          continue;
        }
        if (size == reports.length) {
          reports = Arrays.copyOf(reports, size * 2);
          firstDocs = Arrays.copyOf(firstDocs, size * 2);
          keys = Arrays.copyOf(keys, size * 2);
        }
        int previous = doc == 0 ? -1 : reportDocs.prevSetBit(doc - 1); // the block before ends there
        reports[size] = leaf.docBase + doc;
        firstDocs[size] = leaf.docBase + previous + 1;
        keys[size] = values.longValue();
        size++;
      }
    }
    return size == 0 ? NONE : new SameTextReports(Arrays.copyOf(reports, size), Arrays.copyOf(firstDocs, size),
        Arrays.copyOf(keys, size));
  }

  boolean isEmpty() {
    return reports.length == 0;
  }

  int size() {
    return reports.length;
  }

  /** Index-wide doc id of the i-th grouped report. */
  int report(int i) {
    return reports[i];
  }

  long key(int i) {
    return keys[i];
  }

  /** The position of a report document (index-wide doc id) in the table, or -1 if it is in no group. */
  int indexOfReport(int reportDoc) {
    int i = Arrays.binarySearch(reports, reportDoc);
    return i >= 0 ? i : -1;
  }

  /**
   * Walks the table along documents given in increasing order: for each, the position of the
   * grouped report whose block holds it, or -1.
   */
  final class Walk {
    private int at;

    int blockOf(int doc) {
      while (at < reports.length && reports[at] < doc) {
        at++;
      }
      return at < reports.length && firstDocs[at] <= doc ? at : -1;
    }
  }
}
