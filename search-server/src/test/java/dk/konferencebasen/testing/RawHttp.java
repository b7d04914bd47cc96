package dk.konferencebasen.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GET over a plain socket, the request target sent byte for byte: broken percent-encoding,
 * "..", encoded separators, which an HTTP client library would refuse or normalise first.
 * HTTP/1.0, so the body is not chunked.
 *
 * <p>No socket timeout: an answer is read to its end as its head declares it (Content-Length,
 * chunks, or the end of the connection), so how long the server takes never decides a result.
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

  /**
   * An answer, and what the same connection gave afterwards when a second request was sent on
   * it: nothing ("") when the server had closed the connection after its answer.
   */
  public record Exchange(Answer answer, String afterwards) {
    public boolean closedAfterTheAnswer() {
      return afterwards.isEmpty();
    }
  }

  /** Sent on a connection after its first answer, to learn whether the server still reads it. */
  private static final String SECOND_REQUEST = "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

  private RawHttp() {}

  public static Answer get(int port, String target) throws IOException {
    return send(port, "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
  }

  /** Sends the request as given and reads one answer. */
  public static Answer send(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /**
   * Sends the request, reads its answer, then sends a second request on the same connection and
   * reads whatever comes back until the connection ends. A server that closed the connection
   * after its answer gives nothing more; one that kept it reads the second request (or what was
   * left of the first) and answers it, then closes it as that request asks. Either way the read
   * ends by itself, so a connection that is wrongly kept fails the test instead of hanging it.
   */
  public static Exchange sendThenAskAgain(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      Answer answer = readAnswer(in);
      try {
        out.write(SECOND_REQUEST.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException closed) {
        // broken pipe or reset: the server has closed the connection
        return new Exchange(answer, "");
      }
      ByteArrayOutputStream afterwards = new ByteArrayOutputStream();
      try {
        in.transferTo(afterwards);
      } catch (IOException reset) {
        // the server closed the connection with the second request unread: closed as well
      }
      return new Exchange(answer, afterwards.toString(StandardCharsets.ISO_8859_1));
    }
  }

  /** Reads one answer: the head, then the body as the head says (Content-Length, chunked, or to the end). */
  private static Answer readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
    int matched = 0; // of "\r\n\r\n"
    for (int b; matched < 4 && (b = in.read()) >= 0; ) {
      headBytes.write(b);
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String head = headBytes.toString(StandardCharsets.ISO_8859_1);
    int status = head.length() >= 12 && head.startsWith("HTTP/") ? Integer.parseInt(head.substring(9, 12)) : 0;
    if (matched < 4) { // the connection ended inside the head (or before it)
      return new Answer(status, head, new byte[0]);
    }
    head = head.substring(0, head.length() - 4);
    Answer headOnly = new Answer(status, head, new byte[0]);
    String length = headOnly.header("Content-Length");
    byte[] body;
    if (!length.isEmpty()) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if (headOnly.header("Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
      body = readChunks(in);
    } else {
      body = in.readAllBytes(); // the answer ends with the connection
    }
    return new Answer(status, head, body);
  }

  private static byte[] readChunks(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.replaceAll(";.*", "").strip(), 16);
      if (size == 0) {
        while (!readLine(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine(in); // the CRLF after the chunk
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
