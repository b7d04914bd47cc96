package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a random loopback port, over real HTTP. */
class SearchServerTest {
  @TempDir static Path tmp;
  private static Searcher searcher;
  private static SearchServer server;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Files.writeString(corpus.resolve("script.html"),
        "<html><head><title>Farlig tekst</title></head><body><p>Oplæg om &lt;script&gt;alert(1)&lt;/script&gt; og undervisning for voksne.</p></body></html>");
    // Plain text whose words are markup: stored as typed, so only escaping keeps it inert.
    Files.writeString(corpus.resolve("markup.txt"), """
        Markup i teksten

        Oplæg om <script>alert('x')</script> og <img src=x onerror="alert(2)"> i undervisningen for voksne.
        """);
    TestIndex.index(corpus, tmp.resolve("index"));
    searcher = Searcher.open(tmp.resolve("index"));
    server = SearchServer.start(searcher, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersJsonWithHighlightedPassages() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + q("sprogundervisning"));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    assertEquals(1, body.get("total").asInt());
    JsonNode top = body.get("hits").get(0);
    assertEquals("Integrationskonference: Det vigtige samarbejde på tværs", top.get("title").asText());
    String highlight = top.get("passages").get(0).get("highlight").asText();
    assertTrue(highlight.contains("<mark>sprogundervisning</mark>"), highlight);
    assertTrue(body.has("took_ms"));
  }

  @Test
  void documentTextIsNeverHtml() throws Exception {
    JsonNode body = json.readTree(get("/api/search?q=" + q("voksne")).body());
    String highlight = null;
    for (JsonNode hit : body.get("hits")) {
      if (hit.get("title").asText().equals("Farlig tekst")) {
        highlight = hit.get("passages").get(0).get("highlight").asText();
      }
    }
    assertTrue(highlight != null, body.toString());
    assertFalse(highlight.contains("<script>"), highlight);
    assertTrue(highlight.contains("&lt;script&gt;"), highlight);
  }

  @Test
  void markupInStoredTextIsEscapedAndOnlyMarkTagsRemain() throws Exception {
    JsonNode body = json.readTree(get("/api/search?q=" + q("voksne")).body());
    String markup = null;
    int highlights = 0;
    for (JsonNode hit : body.get("hits")) {
      for (JsonNode passage : hit.get("passages")) {
        String highlight = passage.get("highlight").asText();
        highlights++;
        assertTrue(highlight.contains("<mark>"), highlight);
        String withoutMarks = highlight.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), "a tag other than <mark>: " + highlight);
        if (hit.get("title").asText().equals("Markup i teksten")) {
          markup = highlight;
          assertTrue(passage.get("text").asText().contains("<img src=x onerror="), "the text field is the text as stored");
        }
      }
    }
    assertTrue(highlights >= 2, body.toString());
    assertTrue(markup != null, body.toString());
    assertTrue(markup.contains("&lt;script&gt;alert(") && markup.contains("&lt;/script&gt;"), markup);
    assertTrue(markup.contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"), markup);
  }

  @Test
  void pagingParametersAreChecked() throws Exception {
    assertEquals(200, get("/api/search?q=integration&limit=1&offset=1").statusCode());
    for (String bad : new String[] {"limit=0", "limit=101", "limit=abc", "offset=-1", "offset=99999999"}) {
      HttpResponse<String> response = get("/api/search?q=integration&" + bad);
      assertEquals(400, response.statusCode(), bad);
      JsonNode error = json.readTree(response.body());
      assertEquals("bad_request", error.get("error").asText());
      assertTrue(error.get("message").asText().contains(bad.substring(0, bad.indexOf('='))), error.toString());
    }
  }

  @Test
  void brokenQueriesAre400WithAMessage() throws Exception {
    for (String query : new String[] {"?q=" + q("(ikke lukket"), "?q=" + q("AND"), "?q=" + "x".repeat(1200)}) {
      HttpResponse<String> response = get("/api/search" + query);
      assertEquals(400, response.statusCode(), query);
      assertFalse(json.readTree(response.body()).get("message").asText().isBlank());
    }
  }

  @Test
  void healthAndPage() throws Exception {
    assertEquals(200, get("/health").statusCode());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"da\">"));
    assertEquals(200, get("/app.js").statusCode());
    for (String script : new String[] {"/trends.js", "/kwic.js", "/entities.js", "/related.js"}) {
      assertEquals(200, get(script).statusCode(), script);
      assertTrue(page.body().contains("<script src=\"" + script + "\" defer></script>"), script + " is loaded by the page");
    }
  }

  @Test
  void theChartLibraryIsServedFromThisServer() throws Exception {
    // trends.js loads it from here (same origin, so the page's script-src 'self' allows it).
    HttpResponse<String> chart = get("/vendor/chartjs/dist/chart.umd.min.js");
    assertEquals(200, chart.statusCode());
    assertTrue(chart.headers().firstValue("content-type").orElse("").contains("javascript"));
    assertTrue(chart.body().startsWith("/*!\n * Chart.js v"), chart.body().substring(0, 40));
    String trends = get("/trends.js").body();
    assertTrue(trends.contains("'/vendor/chartjs/dist/chart.umd.min.js'"), "trends.js names the served path");
    assertEquals(404, get("/vendor/chartjs/../../web/app.js").statusCode());
  }

  @Test
  void unknownApiPathIsAJson404() throws Exception {
    HttpResponse<String> response = get("/api/nothing");
    assertEquals(404, response.statusCode());
    assertEquals("not_found", json.readTree(response.body()).get("error").asText());
  }
}
