package dk.konferencebasen.http;

import dk.konferencebasen.search.IndexStats;
import dk.konferencebasen.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** GET /api/stats — reports and passages, in all and per conference and year; the commit. */
final class StatsHandler implements Handler {
  record ResponseJson(int reports, int passages, Map<String, IndexStats.Count> conferences,
      Map<String, IndexStats.Count> years, String indexCommit, String indexedAt) {}

  private final Searcher searcher;

  StatsHandler(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of());
    IndexStats stats = searcher.stats();
    IndexCommit.json(ctx, stats.indexCommit(), new ResponseJson(stats.reports(), stats.passages(), stats.conferences(),
        stats.years(), stats.indexCommit(), stats.indexedAt().orElse(null)));
  }
}
