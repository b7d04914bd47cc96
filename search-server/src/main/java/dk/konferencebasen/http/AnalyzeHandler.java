package dk.konferencebasen.http;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;

/** GET /api/analyze?text=… — the terms the Danish analyzer makes, so users see why something matched. */
final class AnalyzeHandler implements Handler {
  /** URLs longer than about 8 KB are refused by the HTTP layer anyway (414). */
  static final int MAX_TEXT_CHARS = 5_000;

  record ResponseJson(String text, List<AnalyzedToken> tokens) {}

  private final Searcher searcher;

  AnalyzeHandler(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) {
    Params.onlyKnown(ctx, Set.of("text"));
    List<String> given = ctx.queryParams("text");
    if (given.isEmpty() || given.get(0).isBlank()) {
      throw new BadRequestException("parameter text is missing, e.g. ?text=Flygtningene i Ålborg");
    }
    String text = given.get(0);
    if (text.length() > MAX_TEXT_CHARS) {
      throw new BadRequestException("text is " + text.length() + " characters long; at most " + MAX_TEXT_CHARS + " are analysed");
    }
    ctx.json(new ResponseJson(text, searcher.analyze(text)));
  }
}
