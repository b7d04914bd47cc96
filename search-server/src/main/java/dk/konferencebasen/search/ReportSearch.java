package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * A search over one snapshot. Passages are what match; reports are what is ranked: each report
 * scores as its best passage (a block join from the passages up to the report document that
 * closes their block), so relevance, date order, totals and cursors all work on reports, and
 * each report then brings its best few passages, highlighted.
 */
final class ReportSearch {
  static final int PASSAGES_PER_REPORT = 3;

  private static final Set<String> REPORT_FIELDS =
      Set.of(ID, TITLE, CONFERENCE, DATE, YEAR, ORGANISER, PLACE, FORMAT, URL, PATH, PERSON, ORGANISATION);
  private static final Set<String> PASSAGE_FIELDS = Set.of(ID, ORDINAL, TEXT, PERSON, ORGANISATION, MUNICIPALITY);

  private static final SortField NEWEST_FIRST = newestFirst();
  private static final SortField REPORT_ID_ORDER = new SortField(REPORT_ID, SortField.Type.STRING);

  private final QueryBuilder queries;
  private final SpellingSuggester spelling = new SpellingSuggester();

  ReportSearch(QueryBuilder queries) {
    this.queries = queries;
  }

  SearchResult search(Snapshot snapshot, SearchRequest request) throws InvalidQueryException, IOException {
    long began = System.nanoTime();
    Query parsed = queries.parse(request.query(), snapshot.getIndexReader());
    Query passages = request.filters().passagesMatching(parsed);
    Query reports = new ToParentBlockJoinQuery(passages, StoredReports.REPORT_DOCS, ScoreMode.Max);

    Sort sort = request.sort() == SortOrder.DATE
        ? new Sort(NEWEST_FIRST, REPORT_ID_ORDER)
        : new Sort(SortField.FIELD_SCORE, REPORT_ID_ORDER);
    FieldDoc after = request.cursor().isPresent() ? Cursor.decode(request.cursor().get(), request.sort(), snapshot.getIndexReader().maxDoc()) : null;
    int skip = after == null ? request.offset() : 0;
    // One more than the page, to know whether a next page exists.
    TopFieldDocs top = snapshot.searchAfter(after, reports, skip + request.limit() + 1, sort, true);
    int from = Math.min(skip, top.scoreDocs.length);
    int to = Math.min(skip + request.limit(), top.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, to);
    boolean more = top.scoreDocs.length > skip + request.limit();

    int totalReports = snapshot.count(reports);
    long totalPassages = snapshot.count(passages);
    List<ReportHit> hits = hits(snapshot, parsed, passages, page);
    Optional<String> next = more
        ? Optional.of(Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1]))
        : Optional.empty();
    Optional<String> suggestion = betterSpelling(snapshot, request);
    return new SearchResult(totalReports, totalPassages, hits, FacetCounts.count(snapshot, passages), suggestion, next,
        (System.nanoTime() - began) / 1_000_000, snapshot.commit());
  }

  private List<ReportHit> hits(Snapshot snapshot, Query parsed, Query passages, ScoreDoc[] page) throws IOException {
    List<Document> reports = new ArrayList<>();
    List<ScoreDoc[]> bestPassages = new ArrayList<>();
    for (ScoreDoc hit : page) {
      Document report = snapshot.storedFields().document(hit.doc, REPORT_FIELDS);
      reports.add(report);
      bestPassages.add(snapshot.search(StoredReports.passagesOf(report.get(ID), passages), PASSAGES_PER_REPORT).scoreDocs);
    }
    int[] passageDocs = bestPassages.stream().flatMap(Arrays::stream).mapToInt(sd -> sd.doc).toArray();
    List<List<Match>> matches = new MatchHighlighter(snapshot).matches(parsed, passageDocs);

    List<ReportHit> hits = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < page.length; i++) {
      List<PassageHit> passageHits = new ArrayList<>();
      for (ScoreDoc sd : bestPassages.get(i)) {
        Document doc = snapshot.storedFields().document(sd.doc, PASSAGE_FIELDS);
        passageHits.add(new PassageHit(doc.get(ID), doc.getField(ORDINAL).numericValue().intValue(), sd.score,
            doc.get(TEXT), matches.get(next++), List.of(doc.getValues(PERSON)), List.of(doc.getValues(ORGANISATION)),
            List.of(doc.getValues(MUNICIPALITY))));
      }
      Document r = reports.get(i);
      float score = passageHits.isEmpty() ? 0f : passageHits.get(0).score();
      hits.add(new ReportHit(r.get(ID), r.get(TITLE), r.get(CONFERENCE), r.get(DATE), StoredReports.intOrNull(r, YEAR),
          r.get(ORGANISER), r.get(PLACE), r.get(FORMAT), r.get(URL), r.get(PATH), score,
          List.of(r.getValues(PERSON)), List.of(r.getValues(ORGANISATION)), passageHits));
    }
    return hits;
  }

  /**
   * The query with the words the index has never seen respelled as the closest words it has, if
   * that finds something. Offered even when fuzzy matching already found passages, so people
   * see what their words were taken to mean.
   */
  private Optional<String> betterSpelling(Snapshot snapshot, SearchRequest request) throws IOException {
    Optional<String> respelled = spelling.suggest(request.query(), snapshot.getIndexReader());
    if (respelled.isEmpty()) {
      return Optional.empty();
    }
    try {
      Query alternative = request.filters().passagesMatching(queries.parse(respelled.get()));
      return snapshot.count(alternative) > 0 ? respelled : Optional.empty();
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
  }

  private static SortField newestFirst() {
    SortField field = new SortField(DATE_DAY, SortField.Type.LONG, true);
    field.setMissingValue(Long.MIN_VALUE); // undated reports last
    return field;
  }
}
