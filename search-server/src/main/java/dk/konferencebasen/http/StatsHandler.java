package dk.konferencebasen.http;

import dk.konferencebasen.search.IndexStats;
import dk.konferencebasen.search.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/stats — reports and passages, in all and per conference and year; the commit; which
 * backend answers (embedded or opensearch) and what it answers differently.
 */
final class StatsHandler implements Handler {
  record ResponseJson(int reports, int passages, Map<String, IndexStats.Count> conferences,
      Map<String, IndexStats.Count> years, String indexCommit, String indexedAt, String backend, List<String> differences) {}

  private final SearchBackend searcher;

  StatsHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of());
    IndexStats stats = searcher.stats();
    IndexCommit.json(ctx, stats.indexCommit(), new ResponseJson(stats.reports(), stats.passages(), stats.conferences(),
        stats.years(), stats.indexCommit(), stats.indexedAt().orElse(null), searcher.backend(), searcher.differences()));
  }
}
