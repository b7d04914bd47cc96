package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.ReportIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.document.Document;
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
final class IndexContents {
  private IndexContents() {}

  /** The report with this id, or the report a passage id belongs to. */
  static Optional<ReportDocument> document(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = reportOrItsPassage(snapshot, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Document r = snapshot.storedFields().document(found.getAsInt());
    String reportId = r.get(ID);
    Query passagesQuery = StoredReports.passagesOf(reportId, passagesOnly());
    int count = Math.max(1, snapshot.count(passagesQuery));
    List<ReportDocument.Passage> passages = new ArrayList<>();
    for (ScoreDoc sd : snapshot.search(passagesQuery, count, new Sort(new SortField(ORDINAL, SortField.Type.INT))).scoreDocs) {
      Document p = snapshot.storedFields().document(sd.doc);
      passages.add(new ReportDocument.Passage(p.get(ID), p.getField(ORDINAL).numericValue().intValue(),
          p.getField(START).numericValue().intValue(), p.getField(END).numericValue().intValue(), p.get(TEXT),
          p.get(TALK_TITLE), p.get(TALK_TIME), List.of(p.getValues(SPEAKER)), List.of(p.getValues(PERSON)), List.of(p.getValues(ORGANISATION)), List.of(p.getValues(MUNICIPALITY)),
          List.of(p.getValues(PASSAGE_DATES))));
    }
    return Optional.of(new ReportDocument(reportId, r.get(TITLE), r.get(CONFERENCE), r.get(DATE), r.get(UPDATED),
        StoredReports.intOrNull(r, YEAR), r.get(PLACE), r.get(ORGANISER), r.get(PUBLISHER), r.get(AUTHOR), r.get(DESCRIPTION),
        r.get(LANGUAGE), r.get(FORMAT), r.get(MEDIA_TYPE), r.get(PATH),
        originalFile(snapshot, r).isPresent() ? "/api/documents/" + reportId + "/file" : null, r.get(URL), r.get(SOURCE),
        r.getField(PAGE_COUNT) == null ? null : r.getField(PAGE_COUNT).numericValue().intValue(),
        List.of(r.getValues(PERSON)), List.of(r.getValues(ORGANISATION)), List.of(r.getValues(MUNICIPALITY)),
        AcronymPairs.fromStored(List.of(r.getValues(ACRONYMS)))
            .plus(AcronymPairs.fromStored(List.of(r.getValues(ACRONYMS_FROM_CORPUS)))).names(), SameTextMembers.others(snapshot, found.getAsInt()), r.get(BODY), passages, audit(r), snapshot.commit()));
  }

  /** The original file of the report with this id, or of the report a passage id belongs to. */
  static Optional<OriginalFile> originalFile(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = reportOrItsPassage(snapshot, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return originalFile(snapshot, snapshot.storedFields().document(found.getAsInt()));
  }

  /** The report document of a report id, or of the report a passage id belongs to. */
  private static OptionalInt reportOrItsPassage(Snapshot snapshot, String id) throws IOException {
    OptionalInt found = StoredReports.reportDoc(snapshot, id);
    return found.isPresent() ? found : StoredReports.reportDoc(snapshot, ReportIds.reportIdOf(id));
  }

  private static Optional<OriginalFile> originalFile(Snapshot snapshot, Document report) {
    return OriginalFile.find(snapshot.corpus(), report.get(PATH), report.get(MEDIA_TYPE));
  }

  private static ReportDocument.TextAudit audit(Document r) {
    String[] texts = r.getValues(REMOVED_TEXT);
    String[] reasons = r.getValues(REMOVED_REASON);
    List<ReportDocument.Removed> removed = new ArrayList<>(texts.length);
    for (int i = 0; i < texts.length && i < reasons.length; i++) {
      removed.add(new ReportDocument.Removed(texts[i], reasons[i]));
    }
    long kept = r.get(BODY) == null ? 0 : r.get(BODY).length();
    long extracted = r.getField(EXTRACTED_CHARS) == null ? kept : r.getField(EXTRACTED_CHARS).numericValue().longValue();
    double share = extracted == 0 ? 0 : Math.max(0, extracted - kept) / (double) extracted;
    return new ReportDocument.TextAudit(extracted, kept, Math.round(share * 1000) / 1000.0, removed);
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
