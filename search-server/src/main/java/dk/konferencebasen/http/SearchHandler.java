package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryNote;
import dk.konferencebasen.search.PassageHit;
import dk.konferencebasen.search.PassageSelection;
import dk.konferencebasen.search.ReportHit;
import dk.konferencebasen.search.SameTextReport;
import dk.konferencebasen.search.SearchBackend;
import dk.konferencebasen.search.SearchRequest;
import dk.konferencebasen.search.SearchResult;
import dk.konferencebasen.search.SortOrder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /api/search — reports with their best passages highlighted, facets, paging; reports with
 * the same text are one hit, naming the other files in also_in.
 */
final class SearchHandler implements Handler {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  private static final Set<String> PARAMETERS = FilterParams.and("q", "sort", "limit", "offset", "cursor");

  record PassageJson(String id, int ordinal, float score, String text, String highlight, String talkTitle,
      String talkTime, List<String> speakers, List<String> people, List<String> organisations, List<String> municipalities) {}

  record HitJson(String id, String title, String conference, String date, Integer year, String organiser,
      String place, String format, String url, String path, float score, List<String> people,
      List<String> organisations, List<PassageJson> passages, List<SameTextReport> alsoIn) {}

  record ResponseJson(String query, int total, int totalFiles, long totalPassages, String totalRelation, long tookMs, int limit, int offset, String sort,
      String nextCursor, String suggestion, List<HitJson> hits, Map<String, Map<String, Integer>> facets,
      boolean facetsEstimated, List<QueryNote> notes, String indexCommit) {}

  private final SearchBackend searcher;

  SearchHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    // no q: every passage the filters keep, newest first unless told otherwise
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS);
    String q = selection.query();
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
    Optional<String> cursor = Optional.ofNullable(Params.single(ctx, "cursor"));
    if (cursor.isPresent() && offset > 0) {
      throw new BadRequestException("give either offset or cursor, not both");
    }
    String sortParam = Params.single(ctx, "sort");
    SortOrder sort = sortParam == null && q.isEmpty() ? SortOrder.DATE : SortOrder.parse(sortParam);
    SearchResult result = searcher.search(new SearchRequest(q, selection.filters(), sort, limit, offset, cursor));
    IndexCommit.json(ctx, result.indexCommit(), new ResponseJson(q, result.totalReports(), result.totalFiles(), result.totalPassages(),
        result.totalsExact() ? "eq" : "gte",
        result.tookMs(), limit, offset, sort.label(), result.nextCursor().orElse(null), result.suggestion().orElse(null),
        result.hits().stream().map(SearchHandler::hit).toList(), result.facets(), result.facetsEstimated(),
        QueryNote.about(q), result.indexCommit()));
  }

  private static HitJson hit(ReportHit r) {
    return new HitJson(r.id(), r.title(), r.conference(), r.date(), r.year(), r.organiser(), r.place(), r.format(),
        r.url(), r.path(), r.score(), r.people(), r.organisations(),
        r.passages().stream().map(SearchHandler::passage).toList(), r.alsoIn());
  }

  private static PassageJson passage(PassageHit p) {
    return new PassageJson(p.id(), p.ordinal(), p.score(), p.text(), Highlights.html(p.text(), p.matches()),
        p.talkTitle(), p.talkTime(), p.speakers(), p.people(), p.organisations(), p.municipalities());
  }
}
