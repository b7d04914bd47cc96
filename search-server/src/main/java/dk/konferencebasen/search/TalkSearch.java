package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Talks as the unit of search: the passages that are talks of a programme, each a hit of its
 * own with its report's metadata, where /api/search ranks reports. With a query they rank by
 * the talk's own score; without one they list every talk the filters keep, newest programme
 * first and each programme in its order. A programme held in two files with the same text (its
 * DOCX and its PDF) gives its talks once, as the report search gives it one hit.
 */
final class TalkSearch {
  private static final Set<String> TALK_FIELDS = Set.of(ID, ORDINAL, TEXT, TALK_TITLE, TALK_TIME, SPEAKER, ORGANISATION,
      MUNICIPALITY, PASSAGE_DATES);
  private static final Set<String> REPORT_FIELDS = Set.of(ID, TITLE, CONFERENCE, DATE, YEAR, PLACE, FORMAT, URL);

  private final QueryBuilder queries;

  TalkSearch(QueryBuilder queries) {
    this.queries = queries;
  }

  TalksResult search(Snapshot snapshot, TalkRequest request) throws InvalidQueryException, IOException {
    long began = System.nanoTime();
    Query text = request.query().isPresent()
        ? queries.parse(request.query().get(), snapshot.getIndexReader())
        : new MatchAllDocsQuery();
    BooleanQuery.Builder talks = new BooleanQuery.Builder()
        .add(request.filters().passagesMatching(text), Occur.MUST)
        .add(new FieldExistsQuery(TALK_TITLE), Occur.FILTER);
    Query copies = passagesOfSecondCopies(snapshot);
    if (copies != null) {
      talks.add(copies, Occur.MUST_NOT);
    }
    Query query = snapshot.rewrite(talks.build());

    Sort sort = request.query().isPresent()
        ? new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC)
        // reports of the same date by id, as the cluster orders them, whatever order the indexing
        // threads wrote them in; a report's talks in its own order (a block keeps it)
        : new Sort(newestFirst(), new SortField(REPORT_ID, SortField.Type.STRING), SortField.FIELD_DOC);
    int wanted = request.offset() + request.limit();
    ScoreDoc[] top = snapshot.search(query, wanted, sort, true).scoreDocs;
    MatchHighlighter highlighter = request.query().isPresent() ? new MatchHighlighter(snapshot, query) : null;
    List<TalkHit> hits = new ArrayList<>();
    for (int i = request.offset(); i < top.length; i++) {
      hits.add(hit(snapshot, top[i], highlighter));
    }
    return new TalksResult(snapshot.count(query), hits, (System.nanoTime() - began) / 1_000_000, snapshot.commit());
  }

  private static TalkHit hit(Snapshot snapshot, ScoreDoc sd, MatchHighlighter highlighter) throws IOException {
    StoredPassage talk = new StoredPassage(snapshot.storedFields().document(sd.doc, TALK_FIELDS));
    StoredReport report = new StoredReport(snapshot.storedFields().document(reportDoc(snapshot, sd.doc), REPORT_FIELDS));
    return new TalkHit(talk.id(), report.id(), talk.ordinal(), Float.isNaN(sd.score) ? 0f : sd.score,
        talk.talkTitle().orElse(null), talk.talkTime().orElse(null),
        talk.dates().stream().findFirst().orElse(report.date().orElse(null)), talk.speakers(), talk.organisations(),
        talk.municipalities(), talk.text(), highlighter == null ? List.of() : highlighter.matches(sd.doc), report.title(),
        report.conference().orElse(null), report.year().orElse(null), report.place().orElse(null), report.format(),
        report.url().orElse(null));
  }

  /** A passage's report is the report document that closes its block. */
  private static int reportDoc(Snapshot snapshot, int passageDoc) throws IOException {
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(passageDoc, leaves));
    return leaf.docBase + StoredReports.REPORT_DOCS.getBitSet(leaf).nextSetBit(passageDoc - leaf.docBase);
  }

  /**
   * The passages of every report that holds the same text as another and is not its group's
   * first (whose id is the group key); null when no two reports share a text.
   */
  private static Query passagesOfSecondCopies(Snapshot snapshot) throws IOException {
    SameTextReports groups = snapshot.sameText();
    List<BytesRef> copies = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String id = snapshot.storedFields().document(groups.report(i), Set.of(ID)).get(ID);
      if (!id.equals(ReportIds.reportIdOfGroupKey(groups.key(i)))) {
        copies.add(new BytesRef(id));
      }
    }
    if (copies.isEmpty()) {
      return null;
    }
    Query reports = new BooleanQuery.Builder()
        .add(new TermInSetQuery(ID, copies), Occur.MUST)
        .add(reportsOnly(), Occur.FILTER)
        .build();
    return new ToChildBlockJoinQuery(reports, StoredReports.REPORT_DOCS);
  }

}
