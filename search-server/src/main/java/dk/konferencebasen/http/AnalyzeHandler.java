package dk.konferencebasen.http;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.search.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * GET /api/analyze?text=…[&as=query] — the terms the Danish analyzer makes, so users see why
 * something matched: each term is the lemma (or stem), flagged when it is a part of a compound
 * or a synonym.
 */
final class AnalyzeHandler implements Handler {
  /** URLs longer than about 8 KB are refused by the HTTP layer anyway (414). */
  static final int MAX_TEXT_CHARS = 5_000;

  record ResponseJson(String text, List<AnalyzedToken> tokens) {}

  private final SearchBackend searcher;

  AnalyzeHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of("text", "as"));
    String as = Params.single(ctx, "as");
    if (as != null && !as.equals("index") && !as.equals("query")) {
      throw new BadRequestException("as must be index (how a text is indexed) or query (how a query is read), not \"" + Params.abbreviate(as) + "\"");
    }
    List<String> given = ctx.queryParams("text");
    if (given.isEmpty() || given.get(0).isBlank()) {
      throw new BadRequestException("parameter text is missing, e.g. ?text=Flygtningene i Ålborg");
    }
    String text = given.get(0);
    if (text.length() > MAX_TEXT_CHARS) {
      throw new BadRequestException("text is " + text.length() + " characters long; at most " + MAX_TEXT_CHARS + " are analysed");
    }
    // The analyzer does not read the index; the header still names the commit being served,
    // so that a script can log one header for every call it makes.
    IndexCommit.json(ctx, searcher.indexCommit(), new ResponseJson(text, searcher.analyze(text, "query".equals(as))));
  }
}
