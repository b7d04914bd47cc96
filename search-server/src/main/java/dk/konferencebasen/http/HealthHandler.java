package dk.konferencebasen.http;

import dk.konferencebasen.search.IndexStats;
import dk.konferencebasen.search.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;

/** GET /health — 200 when a search can be answered (the index opens and counts), 503 otherwise. */
final class HealthHandler implements Handler {
  private final SearchBackend searcher;

  HealthHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) {
    try {
      IndexStats stats = searcher.stats();
      IndexCommit.json(ctx, stats.indexCommit(), Map.of("status", "ok", "reports", stats.reports()));
    } catch (IOException | RuntimeException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("unavailable", "the index cannot be searched: " + e.getMessage()));
    }
  }
}
