package dk.konferencebasen.http;

import dk.konferencebasen.search.SearchBackend;
import dk.konferencebasen.search.Suggestion;
import dk.konferencebasen.search.Suggestions;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** GET /api/suggest?q=prefix — completions from titles, names and frequent words. */
final class SuggestHandler implements Handler {
  static final int MAX_PREFIX_CHARS = 100;

  record ResponseJson(String query, List<Suggestion> suggestions, String indexCommit) {}

  private final SearchBackend searcher;

  SuggestHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of("q", "limit"));
    String q = Params.required(ctx, "q", "sprog");
    if (q.length() > MAX_PREFIX_CHARS) {
      throw new BadRequestException("q is " + q.length() + " characters long; completions take at most " + MAX_PREFIX_CHARS);
    }
    int limit = Params.integer(ctx, "limit", 8, 1, 20);
    Suggestions found = searcher.suggest(q, limit);
    IndexCommit.json(ctx, found.indexCommit(), new ResponseJson(q, found.suggestions(), found.indexCommit()));
  }
}
