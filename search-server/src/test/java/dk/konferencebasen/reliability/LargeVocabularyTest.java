package dk.konferencebasen.reliability;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Issue 16: on an index with a real vocabulary — here 15 600 different words, 600 for each of
 * 26 first letters — wildcards that are each within the limit but together expand to thousands
 * of words are a 400 that says what to change, on every endpoint that reads a query; never a 500.
 */
class LargeVocabularyTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final int WORDS_PER_LETTER = 600;
  private static final String[] ENDPOINTS = {"/api/search", "/api/talks", "/api/export", "/api/trends", "/api/kwic",
      "/api/entities"};

  @TempDir static Path tmp;
  private static TestServer server;

  /** "bakelo", "bakemu" …: made-up words, each its own term, none a Danish word to stem. */
  private static String word(char first, int n) {
    String syllables = "kelomuriva";
    StringBuilder w = new StringBuilder().append(first);
    for (int k = n; w.length() < 5 || k > 0; k /= 10) {
      w.append("bdfgkl".charAt(k % 6)).append(syllables.charAt(k % 10));
    }
    return w.toString();
  }

  @BeforeAll
  static void start() throws Exception {
    StringBuilder text = new StringBuilder("Ordliste fra sprogværkstedet\n\n");
    for (char c : LETTERS.toCharArray()) {
      List<String> words = new ArrayList<>();
      for (int n = 0; n < WORDS_PER_LETTER; n++) {
        words.add(word(c, n));
      }
      text.append("Deltagerne øvede ").append(String.join(" ", words)).append(".\n\n");
    }
    server = TestServer.overCorpusWith(tmp, corpus -> Files.writeString(corpus.resolve("ordliste.txt"), text.toString()));
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
