package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request in flight when the server is closed (what the SIGTERM
 * hook of kb serve does) is answered in full, and only then does close() return.
 *
 * <p>To have a request reliably in flight, the client asks for a report of several MB and does
 * not read: the handler blocks writing the answer until the client reads, which it does only
 * after close() has been called.
 */
class GracefulShutdownTest {
  @TempDir Path tmp;

  @Test
  void aRequestInFlightCompletesWhenTheServerIsClosed() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    StringBuilder text = new StringBuilder("Stor rapport\n\n");
    for (int i = 0; text.length() < 6_000_000; i++) {
      text.append("Afsnit ").append(i).append(": kommunerne fortalte om sprogundervisning, frivillige og samarbejde.\n\n");
    }
    Files.writeString(corpus.resolve("stor.txt"), text, StandardCharsets.UTF_8);
    TestIndex.index(corpus, tmp.resolve("index"));
    Searcher searcher = Searcher.open(tmp.resolve("index"));
    SearchServer server = SearchServer.start(searcher, "127.0.0.1", 0);
    int port = server.port();

    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(4096); // keep the kernel from buffering the whole answer
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket.getOutputStream().write(("GET /api/documents/" + ReportIds.reportId("stor.txt")
          + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      // the status line: the handler is running and writing (an error would be a small answer, done at once)
      ByteArrayOutputStream rest = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        rest.write(b);
      }
      String status = rest.toString(StandardCharsets.US_ASCII);
      assertTrue(status.startsWith("HTTP/1.1 200") || status.startsWith("HTTP/1.0 200"), status);
      rest.write('\n');

      CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
        server.close();
        try {
          searcher.close();
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      // close() has begun when the server takes no new connections; the answer is still unread, so
      // close() must still be waiting for it (no clock: the wait is for a state, not for a time)
      while (acceptsConnections(port)) {
        Thread.sleep(10);
      }
      assertFalse(closing.isDone(), () -> "close() waits for the request in flight; it ended "
          + (closing.isCompletedExceptionally() ? "with " + closing.handle((v, e) -> String.valueOf(e)).join() : "normally"));

      in.transferTo(rest);
      String answer = rest.toString(StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.0 200"), answer.substring(0, 40));
      JsonNode body = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertEquals("Stor rapport", body.get("title").asText(), "the whole JSON document arrived");
      System.out.printf("graceful shutdown: in-flight answer of %d MB completed with 200 after close() began%n",
          answer.length() >> 20);

      closing.join();
    }
    // closed for real: no new connections
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  private static boolean acceptsConnections(int port) throws IOException {
    try (Socket probe = new Socket("127.0.0.1", port)) {
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }
}
