package dk.konferencebasen.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BitSet;

/**
 * The report a passage belongs to, found through the index's block structure (the report
 * document closes the block of its passages) rather than by a lookup per passage. Passages
 * are visited segment by segment in increasing order, so the last report read is kept.
 */
public final class ReportBlocks {
  private final Set<String> fields;
  private BitSet reports;
  private StoredFields stored;
  private int docBase;
  private int lastReport = -1;
  private Document last;

  /** @param fields the report's stored fields to read; empty when only its identity is needed */
  public ReportBlocks(Set<String> fields) {
    this.fields = fields;
  }

  public void leaf(LeafReaderContext leaf) throws IOException {
    BitSet bits = StoredReports.REPORT_DOCS.getBitSet(leaf);
    if (bits == null) {
      throw new IllegalStateException("segment " + leaf.ord + " has passages but no report documents");
    }
    reports = bits;
    stored = leaf.reader().storedFields();
    docBase = leaf.docBase;
  }

  /** The index-wide doc id of the report of this (segment-relative) passage: its identity. */
  public int reportOf(int passageDoc) {
    return docBase + reports.nextSetBit(passageDoc);
  }

  public Document report(int passageDoc) throws IOException {
    int report = reportOf(passageDoc);
    if (report != lastReport) {
      last = stored.document(report - docBase, fields);
      lastReport = report;
    }
    return last;
  }
}
