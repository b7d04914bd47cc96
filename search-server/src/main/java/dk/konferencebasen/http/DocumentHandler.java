package dk.konferencebasen.http;

import dk.konferencebasen.search.ReportDocument;
import dk.konferencebasen.search.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Set;

/** GET /api/documents/{id} — a whole report: metadata, full text and passages. */
final class DocumentHandler implements Handler {
  private final SearchBackend searcher;

  DocumentHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of());
    String id = ctx.pathParam("id");
    ReportDocument document = searcher.document(id).orElseThrow(
        () -> new NotFoundException("no report or passage has the id " + Params.abbreviate(id)));
    IndexCommit.json(ctx, document.indexCommit(), document);
  }
}
