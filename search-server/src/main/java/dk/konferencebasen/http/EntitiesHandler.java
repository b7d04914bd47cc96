package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.EntitiesResult;
import dk.konferencebasen.research.EntityType;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.search.PassageSelection;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * GET /api/entities — the people, organisations or municipalities the matching passages name
 * most often, and the pairs named together in one passage.
 */
final class EntitiesHandler implements Handler {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;
  static final int DEFAULT_PAIRS = 20;
  static final int MAX_PAIRS = 500;
  private static final Set<String> PARAMETERS = FilterParams.and("q", "type", "limit", "pairs");

  record ResponseJson(String query, String type, long matchingPassages, long passagesWithEntities, int distinctValues,
      List<EntitiesResult.Entity> entities, List<EntitiesResult.Pair> pairs, long pairsPassagesScanned,
      boolean pairsTruncated, String indexCommit) {}

  private final ResearchBackend research;

  EntitiesHandler(ResearchBackend research) {
    this.research = research;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS);
    String typeName = Params.required(ctx, "type", "person");
    EntityType type = EntityType.parse(typeName).orElseThrow(() -> new BadRequestException(
        "type must be person, organisation or municipality, not \"" + Params.abbreviate(typeName) + "\""));
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int pairs = Params.integer(ctx, "pairs", DEFAULT_PAIRS, 0, MAX_PAIRS);
    EntitiesResult r = research.entities(selection, type, limit, pairs);
    IndexCommit.json(ctx, r.indexCommit(), new ResponseJson(selection.query(), r.type(), r.matchingPassages(), r.passagesWithEntities(),
        r.distinctValues(), r.entities(), r.pairs(), r.pairsPassagesScanned(), r.pairsTruncated(), r.indexCommit()));
  }
}
