package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A search over one snapshot. Passages are what match; reports are what is ranked: each report
 * scores as its best passage (a block join from the passages up to the report document that
 * closes their block), so relevance, date order, totals and cursors all work on reports, and
 * each report then brings its best few passages, highlighted. Reports with the same text (a
 * report as DOCX and as ODT) are one hit, which names the other files.
 */
final class ReportSearch {
  static final int PASSAGES_PER_REPORT = 3;
  /** Reports a window reads beyond what the page needs, for members of groups it may lose. */
  private static final int MORE_AT_LEAST = 8;

  private static final Set<String> REPORT_FIELDS =
      Set.of(ID, TITLE, CONFERENCE, DATE, YEAR, ORGANISER, PLACE, FORMAT, URL, PATH, PERSON, ORGANISATION, PASSAGE_COUNT);
  private static final Set<String> PASSAGE_FIELDS = Set.of(ID, ORDINAL, TEXT, TALK_TITLE, TALK_TIME, SPEAKER, PERSON, ORGANISATION,
      MUNICIPALITY);

  private static final SortField NEWEST_FIRST = newestFirst();
  private static final SortField REPORT_ID_ORDER = reportOrder();

  private final QueryBuilder queries;
  private final SpellingSuggester spelling = new SpellingSuggester();

  ReportSearch(QueryBuilder queries) {
    this.queries = queries;
  }

  SearchResult search(Snapshot snapshot, SearchRequest request) throws InvalidQueryException, IOException {
    long began = System.nanoTime();
    Query parsed = queries.parse(request.query(), snapshot.getIndexReader());
    // Rewritten once: typo-tolerant and wildcard words expand against the term dictionary, which
    // otherwise happened again in every one of the searches below.
    Query passages = snapshot.rewrite(request.filters().passagesMatching(parsed));
    Query reports = new ToParentBlockJoinQuery(passages, StoredReports.REPORT_DOCS, ScoreMode.Max);

    Sort sort = request.sort() == SortOrder.DATE
        ? new Sort(NEWEST_FIRST, REPORT_ID_ORDER)
        : new Sort(SortField.FIELD_SCORE, REPORT_ID_ORDER);
    FieldDoc after = request.cursor().isPresent() ? Cursor.decode(request.cursor().get(), request.sort(), snapshot.getIndexReader().maxDoc()) : null;
    int skip = after == null ? request.offset() : 0;
    // One more than the page, to know whether a next page exists. Totals come from the count
    // below, so the collector may skip reports that cannot make the page (block-max WAND through
    // the join), which is what keeps broad queries fast on a large index. Reports with the same
    // text are one hit (SameTextCollapse), so a window holds a sixteenth more than the page needs,
    // for the members of groups it loses; when it still comes up short, the reports after it are
    // read for what is missing, until the page is full or the reports run out. (Reading a window
    // again after its last report costs about as much as the first search.)
    int wanted = skip + request.limit() + 1;
    SameTextCollapse collapse = new SameTextCollapse(snapshot, reports, sort, after == null);
    List<ScoreDoc> heads = new ArrayList<>();
    FieldDoc from = after;
    for (int fetch = wanted + wanted / 16 + MORE_AT_LEAST; ; fetch = 2 * (wanted - heads.size()) + wanted / 16 + MORE_AT_LEAST) {
      TopFieldDocs top = snapshot.search(reports, new TopFieldCollectorManager(sort, fetch, from, fetch));
      heads.addAll(collapse.heads(top.scoreDocs));
      if (heads.size() >= wanted || top.scoreDocs.length < fetch) {
        break;
      }
      from = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
    }
    ScoreDoc[] page = heads.subList(Math.min(skip, heads.size()), Math.min(skip + request.limit(), heads.size()))
        .toArray(ScoreDoc[]::new);
    boolean more = heads.size() > skip + request.limit();

    // One pass over the matching passages, without scores, counts them and the reports they
    // belong to, up to a limit; the facets read those passages, or a sample when there are more.
    MatchTally.Tally matched = snapshot.search(passages, MatchTally.counting(snapshot.sameText()));
    FacetCounts.Counted facets = FacetCounts.count(snapshot.facetState(),
        matched.complete() ? matched : sample(snapshot, passages, matched.sampleLevel()), snapshot.sameText());
    List<ReportHit> hits = hits(snapshot, passages, page, collapse.alsoIn(page));
    Optional<String> next = more
        ? Optional.of(Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1]))
        : Optional.empty();
    Optional<String> suggestion = betterSpelling(snapshot, request);
    return new SearchResult(matched.hits(), matched.reports(), matched.passages(), matched.complete(), hits,
        facets.values(), facets.estimated(), suggestion, next, (System.nanoTime() - began) / 1_000_000, snapshot.commit());
  }

  /**
   * A random sample of the matches for the facet counts, of {@link MatchTally#EXACT_UP_TO} or
   * more when there are that many. The level comes from how far into the index the count got;
   * matches bunched at its start make that a guess too high, and the level is lowered until the
   * sample is large enough.
   */
  private static MatchTally.Tally sample(Snapshot snapshot, Query passages, int level) throws IOException {
    while (true) {
      Query sampled = new BooleanQuery.Builder()
          .add(new SampledDocs(level), BooleanClause.Occur.FILTER)
          .add(passages, BooleanClause.Occur.FILTER)
          .build();
      MatchTally.Tally sample = snapshot.search(sampled,
          MatchTally.sampling(level, MatchTally.SAMPLE_UP_TO, snapshot.sameText()));
      if (sample.sample().length >= MatchTally.EXACT_UP_TO / 2 || level == 0) {
        return sample;
      }
      int halvings = (int) Math.ceil(Math.log((double) MatchTally.EXACT_UP_TO / Math.max(1, sample.sample().length)) / Math.log(2));
      level = Math.max(0, level - Math.max(1, halvings));
    }
  }

  /**
   * The best few matching passages of each report on the page, from one search over the passages
   * of all of them (one search per report cost a query weight each: a fifth of a search's time on
   * a million passages). Hits come by score, then index order, as a search per report gives them.
   */
  private static List<List<ScoreDoc>> bestPassages(Snapshot snapshot, Query passages, ScoreDoc[] page,
      List<StoredReport> reports) throws IOException {
    List<List<ScoreDoc>> best = new ArrayList<>();
    Map<Integer, Integer> pageIndex = new HashMap<>();
    List<BytesRef> ids = new ArrayList<>();
    int candidates = 0;
    for (int i = 0; i < page.length; i++) {
      best.add(new ArrayList<>());
      pageIndex.put(page[i].doc, i);
      ids.add(new BytesRef(reports.get(i).id()));
      candidates += reports.get(i).passageCount();
    }
    if (page.length == 0) {
      return best;
    }
    Query ofThesePages = new BooleanQuery.Builder()
        .add(passages, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery(REPORT_ID, ids), BooleanClause.Occur.FILTER)
        .build();
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    for (ScoreDoc hit : snapshot.search(ofThesePages, Math.max(1, candidates)).scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int reportDoc = leaf.docBase + StoredReports.REPORT_DOCS.getBitSet(leaf).nextSetBit(hit.doc - leaf.docBase);
      List<ScoreDoc> ofReport = best.get(pageIndex.get(reportDoc));
      if (ofReport.size() < PASSAGES_PER_REPORT) {
        ofReport.add(hit);
      }
    }
    return best;
  }

  /** @param passages rewritten already, so the highlighter does not expand it again for every passage */
  private List<ReportHit> hits(Snapshot snapshot, Query passages, ScoreDoc[] page,
      Map<Integer, List<SameTextReport>> alsoIn) throws IOException {
    List<StoredReport> reports = new ArrayList<>();
    for (ScoreDoc hit : page) {
      reports.add(new StoredReport(snapshot.storedFields().document(hit.doc, REPORT_FIELDS)));
    }
    List<List<ScoreDoc>> bestPassages = bestPassages(snapshot, passages, page, reports);
    MatchHighlighter highlighter = new MatchHighlighter(snapshot, passages);

    List<ReportHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      List<PassageHit> passageHits = new ArrayList<>();
      for (ScoreDoc sd : bestPassages.get(i)) {
        StoredPassage p = new StoredPassage(snapshot.storedFields().document(sd.doc, PASSAGE_FIELDS));
        passageHits.add(new PassageHit(p.id(), p.ordinal(), sd.score, p.text(), highlighter.matches(sd.doc),
            p.talkTitle().orElse(null), p.talkTime().orElse(null), p.speakers(), p.people(), p.organisations(),
            p.municipalities()));
      }
      StoredReport r = reports.get(i);
      float score = passageHits.isEmpty() ? 0f : passageHits.get(0).score();
      hits.add(new ReportHit(r.id(), r.title(), r.conference().orElse(null), r.date().orElse(null), r.year().orElse(null),
          r.organiser().orElse(null), r.place().orElse(null), r.format(), r.url().orElse(null), r.path(), score,
          r.people(), r.organisations(), passageHits, alsoIn.getOrDefault(page[i].doc, List.of())));
    }
    return hits;
  }

  /**
   * The query with the words the index has never seen respelled as the closest words it has, if
   * that finds something. Offered even when fuzzy matching already found passages, so people
   * see what their words were taken to mean.
   */
  private Optional<String> betterSpelling(Snapshot snapshot, SearchRequest request) throws IOException {
    if (QueryBuilder.isEmpty(request.query())) {
      return Optional.empty();
    }
    Optional<String> respelled = spelling.suggest(request.query(), snapshot.getIndexReader());
    if (respelled.isEmpty()) {
      return Optional.empty();
    }
    try {
      Query alternative = request.filters().passagesMatching(queries.parse(respelled.get()));
      // Stops at the first live match: a full count of a broad respelling was 8 % of a search.
      return MatchingPassages.forEach(snapshot, alternative, doc -> false) > 0 ? respelled : Optional.empty();
    } catch (InvalidQueryException e) {
      return Optional.empty();
    }
  }
}
