package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.RelatedResult;
import dk.konferencebasen.research.ResearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Set;

/** GET /api/documents/{id}/related — passages of other reports on the same topic. */
final class RelatedHandler implements Handler {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  private static final Set<String> PARAMETERS = FilterParams.and("limit");

  private final ResearchBackend research;

  RelatedHandler(ResearchBackend research) {
    this.research = research;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    Params.onlyKnown(ctx, PARAMETERS);
    String id = ctx.pathParam("id");
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    RelatedResult related = research.related(id, FilterParams.read(ctx), limit).orElseThrow(
        () -> new NotFoundException("no report or passage has the id " + Params.abbreviate(id)));
    IndexCommit.json(ctx, related.indexCommit(), related);
  }
}
