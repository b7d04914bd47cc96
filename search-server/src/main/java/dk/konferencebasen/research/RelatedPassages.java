package dk.konferencebasen.research;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.SameTextMembers;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this" for a passage or a report: its {@link DistinctiveWords} make a query over the
 * passages of every other report (not of the other files with the same text).
 */
final class RelatedPassages {
  private static final Set<String> SOURCE_FIELDS = Set.of(ID, REPORT_ID, TEXT, BODY);
  private static final Set<String> HIT_FIELDS = Set.of(ID, REPORT_ID, ORDINAL, TEXT, CONFERENCE, DATE, YEAR, ORGANISER);

  private RelatedPassages() {}

  /** Empty when no passage or report has the id. */
  static Optional<RelatedResult> find(Snapshot snapshot, String id, Filters filters, int limit) throws IOException {
    ScoreDoc[] source = snapshot.search(new TermQuery(new Term(ID, id)), 1).scoreDocs;
    if (source.length == 0) {
      return Optional.empty();
    }
    Document origin = snapshot.storedFields().document(source[0].doc, SOURCE_FIELDS);
    String reportId = origin.get(REPORT_ID);
    // a passage, or a whole report
    String text = origin.get(TEXT) != null ? origin.get(TEXT) : origin.get(BODY);
    DistinctiveWords words = DistinctiveWords.of(text == null ? "" : text, frequencies(snapshot.getIndexReader()));
    if (words.terms().isEmpty()) {
      return Optional.of(new RelatedResult(id, reportId, List.of(), List.of(), 0, List.of(), snapshot.commit()));
    }
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    words.terms().forEach(t -> like.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD));
    BooleanQuery.Builder others = new BooleanQuery.Builder()
        .add(filters.passagesMatching(like.build()), Occur.MUST)
        .add(new TermQuery(new Term(REPORT_ID, reportId)), Occur.MUST_NOT);
    // Another file with the same text is not another report: its passages would top the list.
    OptionalLong group = SameTextMembers.key(snapshot.getIndexReader(), source[0].doc);
    if (group.isPresent()) {
      List<BytesRef> copies = new ArrayList<>();
      SameTextMembers.of(snapshot, List.of(group.getAsLong())).getOrDefault(group.getAsLong(), List.of())
          .forEach(m -> copies.add(new BytesRef(m.report().id())));
      others.add(new TermInSetQuery(REPORT_ID, copies), Occur.MUST_NOT);
    }
    TopDocs top = snapshot.search(others.build(), limit);
    ReportBlocks reports = new ReportBlocks(Set.of(TITLE));
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    List<RelatedResult.Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      reports.leaf(leaf);
      StoredPassage p = new StoredPassage(leaf.reader().storedFields().document(doc, HIT_FIELDS));
      hits.add(RelatedResult.hit(p, new StoredReport(reports.report(doc)).title(), hit.score, words));
    }
    return Optional.of(new RelatedResult(id, reportId, words.terms(), words.asWritten(words.terms()),
        top.totalHits.value(), hits, snapshot.commit()));
  }

  private static DistinctiveWords.Frequencies frequencies(IndexReader reader) {
    return new DistinctiveWords.Frequencies() {
      @Override
      public long documents() {
        return reader.numDocs();
      }

      @Override
      public Map<String, Long> passagesWith(Collection<String> words) throws IOException {
        Map<String, Long> passages = new HashMap<>();
        for (String word : words) {
          passages.put(word, (long) reader.docFreq(new Term(TEXT, word)));
        }
        return passages;
      }
    };
  }
}
