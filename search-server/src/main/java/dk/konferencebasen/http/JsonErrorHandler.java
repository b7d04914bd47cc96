package dk.konferencebasen.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before Javalin sees them (broken percent-encoding, a NUL or an
 * encoded "/.." in the path …) and answers with its own HTML page. Under /api/ that breaks the
 * promise that every answer is JSON, so there the refusal is written as an {@link ApiError}.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final ObjectMapper json;

  JsonErrorHandler(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    if (!underApi(request) && !unparsable(request)) {
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    if (unparsable(request)) {
      closeAfterwards(response.getHeaders());
    }
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    String error = code == 400 ? "bad_request" : HttpStatus.getMessage(code).toLowerCase().replace(' ', '_');
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    Content.Sink.write(response, true, json.writeValueAsString(new ApiError(error, reason)), callback);
  }

  /**
   * A request so malformed that Jetty's HTTP parser refuses it (a path that does not decode, a
   * line or header too long) has no path to look at; the answer is JSON too, since only scripts
   * send such requests.
   */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    closeAfterwards(fields);
    try {
      return ByteBuffer.wrap(json.writeValueAsBytes(new ApiError(status == 400 ? "bad_request"
          : HttpStatus.getMessage(status).toLowerCase().replace(' ', '_'), message)));
    } catch (IOException e) {
      return super.badMessageError(status, reason, fields);
    }
  }

  /**
   * After a request line Jetty gave up reading (too long, undecodable), the rest of that request
   * is still on the connection; parsed as a new request it would be answered too ("HTTP/0.9 not
   * supported"), and a client that kept the connection would read that answer as the one to its
   * next request. Saying so makes the client open a new connection.
   */
  private static void closeAfterwards(HttpFields.Mutable headers) {
    headers.put(HttpHeader.CONNECTION, "close");
  }

  /**
   * Jetty's stand-in for a request whose request line it could not parse (a path that does not
   * decode, %zz; a NUL; "/.." above the root): its HttpConnection answers it as method BAD on
   * path /badMessage, so the path as sent is lost. Answered in JSON like the parser-level
   * refusals below: browsers do not send such paths, scripts do.
   */
  private static boolean unparsable(Request request) {
    return "BAD".equals(request.getMethod()) && request.getHttpURI() != null
        && "/badMessage".equals(request.getHttpURI().getPath());
  }

  /** From the path as sent: a path Jetty refused may not decode (that can be why it refused it). */
  private static boolean underApi(Request request) {
    if (request.getHttpURI() == null) {
      return false;
    }
    String path = request.getHttpURI().getPath();
    if (path == null) {
      path = request.getHttpURI().toString().replaceFirst("^[a-zA-Z]+://[^/]*", "");
    }
    return path.startsWith("/api/");
  }
}
