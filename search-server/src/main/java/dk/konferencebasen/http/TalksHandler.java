package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.search.PassageSelection;
import dk.konferencebasen.search.SearchBackend;
import dk.konferencebasen.search.TalkHit;
import dk.konferencebasen.search.TalkRequest;
import dk.konferencebasen.search.TalksResult;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GET /api/talks — talks of programmes, each one hit: title, time, speakers, what it names, and
 * the report and conference it comes from. {@code q} is optional: without it, every talk the
 * filters keep ("all talks by this speaker", "the programme of this conference").
 */
final class TalksHandler implements Handler {
  private static final Set<String> PARAMETERS = FilterParams.and("q", "limit", "offset");

  record TalkJson(String id, String reportId, int ordinal, float score, String title, String time, String date,
      List<String> speakers, List<String> organisations, List<String> municipalities, String text, String highlight,
      String reportTitle, String conference, Integer year, String place, String format, String url) {}

  record ResponseJson(String query, long total, int limit, int offset, long tookMs, List<TalkJson> talks, String indexCommit) {}

  private final SearchBackend searcher;

  TalksHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS);
    Optional<String> q = Optional.of(selection.query().strip()).filter(s -> !s.isEmpty());
    int limit = Params.integer(ctx, "limit", SearchHandler.DEFAULT_LIMIT, 1, SearchHandler.MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, SearchHandler.MAX_OFFSET);
    TalksResult result = searcher.talks(new TalkRequest(q, selection.filters(), limit, offset));
    IndexCommit.json(ctx, result.indexCommit(), new ResponseJson(q.orElse(null), result.total(), limit, offset,
        result.tookMs(), result.talks().stream().map(TalksHandler::talk).toList(), result.indexCommit()));
  }

  private static TalkJson talk(TalkHit t) {
    return new TalkJson(t.id(), t.reportId(), t.ordinal(), t.score(), t.title(), t.time(), t.date(), t.speakers(),
        t.organisations(), t.municipalities(), t.text(), Highlights.html(t.text(), t.matches()), t.reportTitle(),
        t.conference(), t.year(), t.place(), t.format(), t.url());
  }
}
