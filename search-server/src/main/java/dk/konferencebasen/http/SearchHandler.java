package dk.konferencebasen.http;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.search.PassageHit;
import dk.konferencebasen.search.ReportHit;
import dk.konferencebasen.search.SearchRequest;
import dk.konferencebasen.search.SearchResult;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.search.SortOrder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** GET /api/search — reports with their best passages highlighted, facets, paging. */
final class SearchHandler implements Handler {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  private static final Set<String> PARAMETERS = parameters();

  record PassageJson(String id, int ordinal, float score, String text, String highlight, List<String> people,
      List<String> organisations, List<String> municipalities) {}

  record HitJson(String id, String title, String conference, String date, Integer year, String organiser,
      String place, String format, String url, String path, float score, List<String> people,
      List<String> organisations, List<PassageJson> passages) {}

  record ResponseJson(String query, int total, long totalPassages, long tookMs, int limit, int offset, String sort,
      String nextCursor, String suggestion, List<HitJson> hits, Map<String, Map<String, Integer>> facets,
      boolean facetsEstimated, String indexCommit) {}

  private final Searcher searcher;

  SearchHandler(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    Params.onlyKnown(ctx, PARAMETERS);
    String q = Params.required(ctx, "q", "sprogundervisning");
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
    Optional<String> cursor = Optional.ofNullable(Params.single(ctx, "cursor"));
    if (cursor.isPresent() && offset > 0) {
      throw new BadRequestException("give either offset or cursor, not both");
    }
    SortOrder sort = SortOrder.parse(Params.single(ctx, "sort"));
    SearchResult result = searcher.search(new SearchRequest(q, filters(ctx), sort, limit, offset, cursor));
    ctx.json(new ResponseJson(q, result.totalReports(), result.totalPassages(), result.tookMs(), limit, offset,
        sort.label(), result.nextCursor().orElse(null), result.suggestion().orElse(null),
        result.hits().stream().map(SearchHandler::hit).toList(), result.facets(), result.facetsEstimated(),
        result.indexCommit()));
  }

  private static Filters filters(Context ctx) throws InvalidQueryException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      List<String> given = ctx.queryParams(dim).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
      if (given.size() > Filters.MAX_VALUES) {
        throw new BadRequestException("at most " + Filters.MAX_VALUES + " values of " + dim + " at once");
      }
      if (dim.equals(IndexSchema.YEAR)) {
        given.forEach(y -> {
          if (!y.matches("\\d{4}")) {
            throw new BadRequestException("year must be four digits, like 2019, not \"" + Params.abbreviate(y) + "\"");
          }
        });
      }
      values.put(dim, given);
    }
    var from = Filters.parseDate("from", Params.single(ctx, "from"), false);
    var to = Filters.parseDate("to", Params.single(ctx, "to"), true);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new BadRequestException("from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    return new Filters(values, from, to);
  }

  private static HitJson hit(ReportHit r) {
    return new HitJson(r.id(), r.title(), r.conference(), r.date(), r.year(), r.organiser(), r.place(), r.format(),
        r.url(), r.path(), r.score(), r.people(), r.organisations(),
        r.passages().stream().map(SearchHandler::passage).toList());
  }

  private static PassageJson passage(PassageHit p) {
    return new PassageJson(p.id(), p.ordinal(), p.score(), p.text(), Highlights.html(p.text(), p.matches()),
        p.people(), p.organisations(), p.municipalities());
  }

  private static Set<String> parameters() {
    Set<String> names = new HashSet<>(IndexSchema.FACETS);
    names.addAll(List.of("q", "from", "to", "sort", "limit", "offset", "cursor"));
    return Set.copyOf(names);
  }
}
