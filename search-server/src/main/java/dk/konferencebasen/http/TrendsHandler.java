package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.research.TrendDimension;
import dk.konferencebasen.research.TrendsResult;
import dk.konferencebasen.search.PassageSelection;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * GET /api/trends — matching passages and reports per year, conference or organiser, and their
 * share of all passages and reports in that bucket (under the same filters).
 */
final class TrendsHandler implements Handler {
  private static final Set<String> PARAMETERS = FilterParams.and("q", "by");

  record ResponseJson(String query, String by, long passages, long reports, long allPassages, long allReports,
      List<TrendsResult.Bucket> buckets, TrendsResult.Bucket withoutValue, String indexCommit) {}

  private final ResearchBackend research;

  TrendsHandler(ResearchBackend research) {
    this.research = research;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS);
    String byName = Params.single(ctx, "by");
    TrendDimension by = byName == null ? TrendDimension.YEAR : TrendDimension.parse(byName).orElseThrow(
        () -> new BadRequestException("by must be year, conference or organiser, not \"" + Params.abbreviate(byName) + "\""));
    TrendsResult t = research.trends(selection, by);
    IndexCommit.json(ctx, t.indexCommit(), new ResponseJson(selection.query(), t.by(), t.passages(), t.reports(), t.allPassages(),
        t.allReports(), t.buckets(), t.withoutValue(), t.indexCommit()));
  }
}
