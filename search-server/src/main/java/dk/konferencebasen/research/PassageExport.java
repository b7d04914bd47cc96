package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.search.MatchingPassages;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;

/**
 * Every passage a query matches, with its report's metadata, handed to a sink one row at a time
 * in index order (a report's passages together, in their order). Nothing is collected, so an
 * export of the whole index needs no more memory than an export of one passage.
 */
final class PassageExport {
  private PassageExport() {}

  /** Returns the number of rows written. */
  static long export(Snapshot snapshot, Query passages, List<ExportField> fields, ExportSink sink) throws IOException {
    Set<String> passageFields = storedFields(fields, ExportField.Source.PASSAGE);
    ReportBlocks reports = new ReportBlocks(storedFields(fields, ExportField.Source.REPORT));
    boolean needsReport = fields.stream().anyMatch(ExportField::fromReport);
    sink.begin(snapshot.commit());
    return MatchingPassages.forEach(snapshot, passages, new MatchingPassages.Visitor() {
      private StoredFields stored;
      private NumericDocValues groups;
      private int docBase;

      @Override
      public void leaf(LeafReaderContext leaf) throws IOException {
        stored = leaf.reader().storedFields();
        reports.leaf(leaf);
        groups = leaf.reader().getNumericDocValues(IndexSchema.SAME_TEXT_GROUP);
        docBase = leaf.docBase;
      }

      @Override
      public boolean passage(int doc) throws IOException {
        Document passage = stored.document(doc, passageFields);
        Document report = needsReport ? reports.report(doc) : null;
        String sameText = groups != null && groups.advanceExact(reports.reportOf(doc) - docBase)
            ? ReportIds.reportIdOfGroupKey(groups.longValue()) : null;
        List<Object> row = new ArrayList<>(fields.size());
        for (ExportField field : fields) {
          row.add(field.value(passage, report, snapshot.commit(), sameText));
        }
        sink.row(row);
        return true;
      }
    });
  }

  private static Set<String> storedFields(List<ExportField> fields, ExportField.Source source) {
    Set<String> names = new HashSet<>();
    fields.stream().filter(f -> f.source == source).forEach(f -> names.add(f.storedField));
    return names;
  }
}
