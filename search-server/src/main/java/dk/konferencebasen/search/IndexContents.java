package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import dk.konferencebasen.schema.TextAudit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Reads whole reports and counts what a snapshot holds. */
public final class IndexContents {
  private IndexContents() {}

  /** The report with this id, or the report a passage id belongs to. */
  static Optional<ReportDocument> document(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = reportOrItsPassage(snapshot, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredReport r = new StoredReport(snapshot.storedFields().document(found.getAsInt(), StoredReport.FIELDS));
    Query passagesQuery = StoredReports.passagesOf(r.id(), passagesOnly());
    int count = Math.max(1, snapshot.count(passagesQuery));
    List<StoredPassage> passages = new ArrayList<>();
    for (ScoreDoc sd : snapshot.search(passagesQuery, count, new Sort(new SortField(ORDINAL, SortField.Type.INT))).scoreDocs) {
      passages.add(new StoredPassage(snapshot.storedFields().document(sd.doc, StoredPassage.FIELDS)));
    }
    String fileLink = originalFile(snapshot, r).isPresent() ? "/api/documents/" + r.id() + "/file" : null;
    return Optional.of(document(r, passages, fileLink, SameTextMembers.others(snapshot, found.getAsInt()), snapshot.commit()));
  }

  /** A report and its passages, read from stored fields (the embedded index's, or a cluster's copy). */
  public static ReportDocument document(StoredReport r, List<StoredPassage> stored, String fileLink,
      List<SameTextReport> alsoIn, String commit) {
    List<ReportDocument.Passage> passages = new ArrayList<>();
    for (StoredPassage p : stored) {
      passages.add(new ReportDocument.Passage(p.id(), p.ordinal(), p.start(), p.end(), p.text(), p.talkTitle().orElse(null),
          p.talkTime().orElse(null), p.speakers(), p.people(), p.organisations(), p.municipalities(), p.dates()));
    }
    return new ReportDocument(r.id(), r.title(), r.conference().orElse(null), r.date().orElse(null),
        r.updated().orElse(null), r.year().orElse(null), r.place().orElse(null), r.organiser().orElse(null),
        r.publisher().orElse(null), r.author().orElse(null), r.description().orElse(null), r.language(), r.format(),
        r.mediaType(), r.path(), fileLink, r.url().orElse(null), r.source().orElse(null), r.pageCount().orElse(null),
        r.people(), r.organisations(), r.municipalities(), r.acronyms().names(), alsoIn, r.body(), passages,
        audit(r.audit()), commit);
  }

  /** The original file of the report with this id, or of the report a passage id belongs to. */
  static Optional<OriginalFile> originalFile(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = reportOrItsPassage(snapshot, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return originalFile(snapshot, new StoredReport(snapshot.storedFields().document(found.getAsInt(), Set.of(PATH, MEDIA_TYPE))));
  }

  /** The report document of a report id, or of the report a passage id belongs to. */
  private static OptionalInt reportOrItsPassage(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = StoredReports.reportDoc(snapshot, id);
    return found.isPresent() ? found : StoredReports.reportDoc(snapshot, ReportIds.reportIdOf(id));
  }

  private static Optional<OriginalFile> originalFile(Snapshot snapshot, StoredReport report) {
    return OriginalFile.find(snapshot.corpus(), report.path(), report.mediaType());
  }

  private static ReportDocument.TextAudit audit(TextAudit audit) {
    List<ReportDocument.Removed> removed = audit.removed().stream().map(r -> new ReportDocument.Removed(r.text(), r.reason())).toList();
    return new ReportDocument.TextAudit(audit.extractedChars(), audit.keptChars(), Math.round(audit.removedShare() * 1000) / 1000.0,
        removed);
  }

  static IndexStats stats(Snapshot snapshot) throws IOException {
    return new IndexStats(
        snapshot.count(reportsOnly()),
        snapshot.count(passagesOnly()),
        countsPerValue(snapshot, CONFERENCE),
        countsPerValue(snapshot, YEAR),
        snapshot.commit(),
        snapshot.indexedAt());
  }

  /** For each value of an exact field: the reports and passages that have it. */
  private static Map<String, IndexStats.Count> countsPerValue(Snapshot snapshot, String field) throws IOException {
    Map<String, IndexStats.Count> counts = new LinkedHashMap<>();
    Terms terms = MultiTerms.getTerms(snapshot.getIndexReader(), field);
    if (terms == null) {
      return counts;
    }
    TermsEnum values = terms.iterator();
    for (BytesRef value = values.next(); value != null; value = values.next()) {
      Term term = new Term(field, BytesRef.deepCopyOf(value));
      counts.put(term.text(), new IndexStats.Count(
          snapshot.count(both(term, reportsOnly())),
          snapshot.count(both(term, passagesOnly()))));
    }
    return counts;
  }

  private static Query both(Term term, Query type) {
    return new BooleanQuery.Builder().add(new TermQuery(term), Occur.FILTER).add(type, Occur.FILTER).build();
  }
}
