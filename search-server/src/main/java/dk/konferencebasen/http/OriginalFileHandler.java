package dk.konferencebasen.http;

import dk.konferencebasen.search.OriginalFile;
import dk.konferencebasen.search.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;

/**
 * GET /api/documents/{id}/file — the report's original file from the corpus folder it was
 * indexed from. A PDF opens in the browser; every other format is a download, because a user's
 * HTML page opened from this origin could run its scripts beside the search page (and the
 * sandbox policy stops them anyway).
 */
final class OriginalFileHandler implements Handler {
  private final SearchBackend searcher;

  OriginalFileHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params.onlyKnown(ctx, Set.of());
    String id = ctx.pathParam("id");
    OriginalFile file = searcher.originalFile(id).orElseThrow(() -> new NotFoundException(
        "no original file for " + Params.abbreviate(id) + ": no report has this id, or its file is no longer in the"
            + " corpus folder it was indexed from (or that folder is on another machine)"));
    boolean pdf = "application/pdf".equals(file.mediaType());
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    ctx.header("Content-Disposition", (pdf ? "inline" : "attachment") + "; " + fileNameParameters(file.fileName()));
    ctx.contentType(file.mediaType() == null ? "application/octet-stream" : file.mediaType());
    ctx.result(Files.newInputStream(file.path()));
  }

  /** RFC 6266: an ASCII fallback, and the real (Danish) name encoded. */
  static String fileNameParameters(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
