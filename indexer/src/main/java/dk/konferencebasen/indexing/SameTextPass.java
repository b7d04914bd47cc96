package dk.konferencebasen.indexing;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.sametext.SameTextGroups;
import dk.konferencebasen.sametext.TextFingerprint;
import dk.konferencebasen.schema.ReportIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The end of every indexing run: groups the reports of the whole index that hold the same text,
 * and writes each report's group key ({@code SAME_TEXT_GROUP}) onto its documents.
 *
 * <p>Why over the whole index, every run: a copy may arrive in a later run than its original, and
 * when one of two copies is removed the other must become a plain report again. Recomputing all
 * groups from the stored fingerprints handles both, and also finishes the work of a run that was
 * killed after a commit but before its pass. It is cheap: fingerprints are doc values (256 bytes
 * a report, read in index order), paths are read only for the reports in a group, and only
 * reports whose key changes are written.
 *
 * <p>Why doc-values updates: the key of a report depends on other reports, so it is not known when
 * the report is indexed, and changes when others come and go. {@link IndexWriter#updateDocValues}
 * changes it on the report document without re-indexing anything; a null value removes it.
 *
 * <p>The key is the report id of the group's member with the smallest path, so the same files
 * give the same keys however and in which order they were indexed.
 */
final class SameTextPass {
  /** What the pass found and changed. */
  record Outcome(int fingerprinted, int groups, int grouped, long compared, int updated, long millis) {}

  /**
   * "No key" in the arrays here. A report id is 64 bits of a SHA-256, so one equal to this is as
   * likely as a collision of two report ids, which the ids already rule out.
   */
  private static final long NONE = Long.MIN_VALUE;

  private static final Set<String> PATH_ONLY = Set.of(PATH);

  private SameTextPass() {}

  static Outcome run(IndexWriter writer) throws IOException {
    long began = System.nanoTime();
    Reports reports;
    SameTextGroups.Result found;
    long[] wanted;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      reports = Reports.read(reader);
      found = SameTextGroups.find(reports.fingerprints, reports.size);
      wanted = groupKeys(found.groups(), reports, reader.storedFields());
    }
    int updated = 0;
    for (int i = 0; i < reports.size; i++) {
      if (wanted[i] != reports.keys[i]) {
        Long value = wanted[i] == NONE ? null : wanted[i]; // null takes the key away
        writer.updateDocValues(reportDocument(reports.ids[i]), new NumericDocValuesField(SAME_TEXT_GROUP, value));
        updated++;
      }
    }
    // A report without a fingerprint (too little text) may still carry a key from when its text
    // was longer; it is in no group now.
    for (String id : reports.keyedWithoutFingerprint) {
      writer.updateDocValues(reportDocument(id), new NumericDocValuesField(SAME_TEXT_GROUP, (Long) null));
      updated++;
    }
    int grouped = found.groups().stream().mapToInt(g -> g.length).sum();
    return new Outcome(reports.size, found.groups().size(), grouped, found.compared(), updated,
        (System.nanoTime() - began) / 1_000_000);
  }

  /** The report document alone: its id is the report id, its passages' ids are longer. */
  private static Term reportDocument(String reportId) {
    return new Term(ID, reportId);
  }

  /**
   * The key each report should carry: its group's (the report id of the member with the smallest
   * path), or {@link #NONE}. Paths are read for the members of groups only.
   */
  private static long[] groupKeys(List<int[]> groups, Reports reports, StoredFields stored) throws IOException {
    long[] keys = new long[reports.size];
    Arrays.fill(keys, NONE);
    for (int[] group : groups) {
      String smallestPath = null;
      String representative = null;
      for (int member : group) {
        String path = stored.document(reports.docs[member], PATH_ONLY).get(PATH);
        if (smallestPath == null || path.compareTo(smallestPath) < 0) {
          smallestPath = path;
          representative = reports.ids[member];
        }
      }
      long key = ReportIds.groupKey(representative);
      for (int member : group) {
        keys[member] = key;
      }
    }
    return keys;
  }

  /**
   * The live reports with a fingerprint, numbered in index order: id, fingerprint, the key they
   * carry now and their index-wide doc id (to read a group member's path by).
   */
  private static final class Reports {
    int size;
    String[] ids = new String[1024];
    short[] fingerprints = new short[1024 * TextFingerprint.SIZE];
    long[] keys = new long[1024];
    int[] docs = new int[1024];
    final List<String> keyedWithoutFingerprint = new ArrayList<>();

    static Reports read(DirectoryReader reader) throws IOException {
      Reports r = new Reports();
      for (LeafReaderContext leaf : reader.leaves()) {
        r.readLeaf(leaf);
      }
      return r;
    }

    private void readLeaf(LeafReaderContext leaf) throws IOException {
      PostingsEnum reportDocs = leaf.reader().postings(new Term(TYPE, TYPE_REPORT), PostingsEnum.NONE);
      if (reportDocs == null) {
        return;
      }
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues fingerprint = leaf.reader().getBinaryDocValues(FINGERPRINT);
      NumericDocValues key = leaf.reader().getNumericDocValues(SAME_TEXT_GROUP);
      SortedDocValues reportId = leaf.reader().getSortedDocValues(REPORT_ID);
      for (int doc = reportDocs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reportDocs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        boolean keyed = key != null && key.advanceExact(doc);
        if (!reportId.advanceExact(doc)) {
          throw new IllegalStateException("a report document without a report id in segment " + leaf.ord);
        }
        String id = reportId.lookupOrd(reportId.ordValue()).utf8ToString();
        if (fingerprint == null || !fingerprint.advanceExact(doc)) {
          if (keyed) {
            keyedWithoutFingerprint.add(id);
          }
          continue;
        }
        grow();
        BytesRef bytes = fingerprint.binaryValue();
        TextFingerprint.readInto(bytes.bytes, bytes.offset, bytes.length, fingerprints, size * TextFingerprint.SIZE);
        ids[size] = id;
        keys[size] = keyed ? key.longValue() : NONE;
        docs[size] = leaf.docBase + doc;
        size++;
      }
    }

    private void grow() {
      if (size == ids.length) {
        int capacity = size * 2;
        ids = Arrays.copyOf(ids, capacity);
        fingerprints = Arrays.copyOf(fingerprints, capacity * TextFingerprint.SIZE);
        keys = Arrays.copyOf(keys, capacity);
        docs = Arrays.copyOf(docs, capacity);
      }
    }
  }
}
