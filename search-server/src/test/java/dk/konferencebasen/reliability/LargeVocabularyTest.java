package dk.konferencebasen.reliability;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.MadeUpVocabulary;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an index with a real vocabulary — here 15 600 different words, 600 for each of
 * 26 first letters — wildcards that are each within the limit but together expand to thousands
 * of words are a 400 that says what to change, on every endpoint that reads a query; never a 500.
 */
class LargeVocabularyTest {
  private static final int WORDS_PER_LETTER = 600;
  private static final String[] ENDPOINTS = {"/api/search", "/api/talks", "/api/export", "/api/trends", "/api/kwic",
      "/api/entities"};

  @TempDir static Path tmp;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.overCorpusWith(tmp,
        corpus -> Files.writeString(corpus.resolve("ordliste.txt"), MadeUpVocabulary.report(WORDS_PER_LETTER)));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void oneWideWildcardWithinTheLimitIsAnswered() throws Exception {
    assertEquals(200, server.get("/api/search?q=" + enc("q*")).statusCode());
  }

  @Test
  void wildcardsThatTogetherExpandTooFarAreA400OnEveryEndpoint() throws Exception {
    List<String> prefixes = new ArrayList<>();
    for (char c : "bcdfghjklmnpqrstvwxyzbcdfghjk".toCharArray()) {
      prefixes.add(c + "*");
    }
    String q = String.join(" OR ", prefixes.subList(0, 29));
    for (String endpoint : ENDPOINTS) {
      HttpResponse<String> response = server.get(endpoint + "?q=" + enc(q) + (endpoint.endsWith("entities") ? "&type=person" : ""));
      assertEquals(400, response.statusCode(), endpoint + ": " + response.body());
      assertTrue(response.body().contains("wildcards together match more than"), endpoint + ": " + response.body());
    }
  }
}
