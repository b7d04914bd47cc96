package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.RawHttp;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request Jetty stops reading half-way (a request line or headers over its limit) leaves the
 * rest of it on the connection. The fuzz test once got "505 HTTP/0.9 not supported" for a plain
 * search sent after a 20 000-character path: Jetty had parsed the leftover bytes as a request of
 * their own, and the client, told nothing, read that answer on the connection it had kept. Such
 * refusals must end the connection and say so.
 */
class OverlongRequestTest {
  @TempDir Path tmp;

  @Test
  void aRequestTooLongToReadIsRefusedInJsonAndItsConnectionClosed() throws Exception {
    TestIndex.index(TestIndex.copyOfCorpus(tmp), tmp.resolve("index"));
    try (TestServer server = TestServer.start(tmp.resolve("index"))) {
      int port = URI.create(server.base()).getPort();
      String longPath = "/api/documents/" + "a".repeat(20_000);
      String longHeader = "X-Filler: " + "b".repeat(20_000) + "\r\n";

      // HTTP/1.1 keeps a connection by default: after the refusal a second request goes on the
      // same connection, and a server that closed it gives nothing back (one that kept it answers,
      // so the test fails rather than waits)
      RawHttp.Exchange uriExchange = RawHttp.sendThenAskAgain(port,
          "GET " + longPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      RawHttp.Answer uri = uriExchange.answer();
      assertEquals(414, uri.status());
      assertEquals("close", uri.header("Connection"), uri.head());
      assertTrue(uri.contentType().startsWith("application/json"), uri.head());
      assertTrue(uri.text().contains("\"error\":\"uri_too_long\""), uri.text());
      assertTrue(uriExchange.closedAfterTheAnswer(),
          "the connection was kept after the 414; it then answered: " + uriExchange.afterwards());

      RawHttp.Exchange headerExchange = RawHttp.sendThenAskAgain(port,
          "GET /api/search?q=frivillige HTTP/1.1\r\nHost: 127.0.0.1\r\n" + longHeader + "\r\n");
      RawHttp.Answer header = headerExchange.answer();
      assertEquals(431, header.status());
      assertEquals("close", header.header("Connection"), header.head());
      assertTrue(headerExchange.closedAfterTheAnswer(),
          "the connection was kept after the 431; it then answered: " + headerExchange.afterwards());

      // and a client that keeps connections gets the right answer to what it sends next
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.base() + longPath)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(414, refused.statusCode());
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/search?q="
            + URLEncoder.encode("%", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(next.statusCode() == 200 || next.statusCode() == 400, next.statusCode() + ": " + next.body());
      }
    }
  }
}
