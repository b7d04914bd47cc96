package dk.konferencebasen.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GET over a plain socket, the request target sent byte for byte: broken percent-encoding,
 * "..", encoded separators, which an HTTP client library would refuse or normalise first.
 * HTTP/1.0, so the body is not chunked.
 */
public final class RawHttp {
  /** The answer: status, the header lines, and the body as bytes and as UTF-8 text. */
  public record Answer(int status, String head, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String contentType() {
      return header("Content-Type");
    }

    /** @return the value of the first header of that name (any case), or "" */
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return "";
    }
  }

  private RawHttp() {}

  public static Answer get(int port, String target, Duration timeout) throws IOException {
    return send(port, "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", timeout);
  }

  /**
   * Sends the request as given and reads until the server closes the connection: for a request
   * the server keeps the connection open after, that is only at the timeout.
   */
  public static Answer send(int port, String request, Duration timeout) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] all = in.readAllBytes();
      String head = new String(all, StandardCharsets.ISO_8859_1);
      int bodyAt = head.indexOf("\r\n\r\n");
      int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
      byte[] body = bodyAt < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, bodyAt + 4, all.length);
      return new Answer(status, bodyAt < 0 ? head : head.substring(0, bodyAt), body);
    }
  }
}
