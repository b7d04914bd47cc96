package dk.konferencebasen.http;

import dk.konferencebasen.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;

/** GET /api/documents/{id} — a whole report: metadata, full text and passages. */
final class DocumentHandler implements Handler {
  private final Searcher searcher;

  DocumentHandler(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(searcher.document(id).orElseThrow(
        () -> new NotFoundException("no report or passage has the id " + Params.abbreviate(id))));
  }
}
