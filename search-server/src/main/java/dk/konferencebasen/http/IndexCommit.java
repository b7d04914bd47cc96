package dk.konferencebasen.http;

import io.javalin.http.Context;

/**
 * Names the index commit an answer came from, in a header as well as in the body: an export is
 * a file whose body has no place for it, and a script can log one header for every call. The
 * commit must be the one of the snapshot the answer was computed on, never "the current one"
 * looked up afterwards, since the indexer may have committed in between.
 */
final class IndexCommit {
  static final String HEADER = "X-Index-Commit";

  private IndexCommit() {}

  static void header(Context ctx, String commit) {
    ctx.header(HEADER, commit);
  }

  static void json(Context ctx, String commit, Object body) {
    header(ctx, commit);
    ctx.json(body);
  }
}
