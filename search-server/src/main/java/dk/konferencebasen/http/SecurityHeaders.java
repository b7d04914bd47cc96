package dk.konferencebasen.http;

import io.javalin.http.Context;

/**
 * Headers on every answer: the page loads nothing from elsewhere and runs no inline script, so
 * even text that slipped through as HTML could not execute; no framing, no MIME sniffing, no
 * referrer leaking the search terms.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
