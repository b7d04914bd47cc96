package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.search.PassageHit;
import dk.konferencebasen.search.ReportHit;
import dk.konferencebasen.search.SearchResult;
import dk.konferencebasen.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;

/** GET /api/search?q=…&limit=…&offset=… — reports with their best passages, highlighted. */
final class SearchHandler implements Handler {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;

  record PassageJson(String id, String text, String highlight, List<String> people,
      List<String> organisations, List<String> municipalities, float score) {}

  record HitJson(String id, String title, String conference, String date, String url, String path,
      float score, List<PassageJson> passages) {}

  record ResponseJson(int total, long totalPassages, long tookMs, int limit, int offset, List<HitJson> hits) {}

  private final Searcher searcher;

  SearchHandler(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestException("parameter q is missing: give the words to search for, e.g. ?q=sprogundervisning");
    }
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
    SearchResult result;
    try {
      result = searcher.search(q, limit, offset);
    } catch (InvalidQueryException e) {
      throw new BadRequestException(e.getMessage());
    }
    List<HitJson> hits = result.hits().stream().map(SearchHandler::hit).toList();
    ctx.json(new ResponseJson(result.totalReports(), result.totalPassages(), result.tookMs(), limit, offset, hits));
  }

  private static HitJson hit(ReportHit r) {
    return new HitJson(r.id(), r.title(), r.conference(), r.date(), r.url(), r.path(), r.score(),
        r.passages().stream().map(SearchHandler::passage).toList());
  }

  private static PassageJson passage(PassageHit p) {
    return new PassageJson(p.id(), p.text(), Highlights.html(p.text(), p.matches()), p.people(),
        p.organisations(), p.municipalities(), p.score());
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("parameter " + name + " must be a whole number, not \"" + abbreviate(raw) + "\"");
    }
    if (value < min || value > max) {
      throw new BadRequestException("parameter " + name + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
