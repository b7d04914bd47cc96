package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/documents/{id}/file hands out a report's original file from the corpus folder it was
 * indexed from: the bytes on disk, a PDF to open and everything else to download, never run.
 */
class OriginalFileApiTest {
  @TempDir static Path tmp;
  private static TestServer server;
  private static Path corpus;
  private static final Map<String, String> idByPath = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.overCorpusWith(tmp, dir -> {
      corpus = dir;
      FormatFixtures.write(FormatFixtures.Format.PDF, dir, "Årsmøde referat", "Årsmøde i Kultunariet",
          List.of("Frivillige fra Kultunariet fortalte om lektiehjælp.", "Bagefter talte kommunen om budgettet."));
      Files.writeString(dir.resolve("side.html"), "<html><head><title>Side med script</title></head><body>"
          + "<p>Kultunariet holder åbent hus for nye frivillige.</p><script>alert(1)</script></body></html>");
    });
    for (JsonNode hit : server.json("/api/search?limit=100", 200).get("hits")) {
      idByPath.put(hit.get("path").asText(), hit.get("id").asText());
      hit.path("also_in").forEach(other -> idByPath.put(other.get("path").asText(), other.get("id").asText()));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aPdfComesBackByteForByteToOpenInTheBrowser() throws Exception {
    String id = idByPath.get("Årsmøde referat.pdf");
    JsonNode document = server.json("/api/documents/" + id, 200);
    assertEquals("/api/documents/" + id + "/file", document.get("file").asText(), document.toString().substring(0, 300));

    HttpResponse<byte[]> file = server.getBytes(document.get("file").asText());
    assertEquals(200, file.statusCode());
    assertArrayEquals(Files.readAllBytes(corpus.resolve("Årsmøde referat.pdf")), file.body());
    assertEquals("application/pdf", file.headers().firstValue("content-type").orElse(""));
    String disposition = file.headers().firstValue("content-disposition").orElse("");
    assertTrue(disposition.startsWith("inline;"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''%C3%85rsm%C3%B8de%20referat.pdf"), "the Danish name, encoded: " + disposition);
    assertTrue(disposition.contains("filename=\"_rsm_de referat.pdf\""), "an ASCII fallback: " + disposition);
    assertTrue(file.headers().firstValue("content-security-policy").orElse("").startsWith("sandbox"));

    String passageId = document.get("passages").get(0).get("id").asText();
    assertArrayEquals(file.body(), server.getBytes("/api/documents/" + passageId + "/file").body(),
        "a passage id stands for its report");
  }

  @Test
  void htmlAndTextAreDownloadsThatNeverRunBesideThePage() throws Exception {
    for (String path : List.of("side.html", idByPath.keySet().stream().filter(p -> p.endsWith(".txt")).findFirst().orElseThrow())) {
      HttpResponse<byte[]> file = server.getBytes("/api/documents/" + idByPath.get(path) + "/file");
      assertEquals(200, file.statusCode(), path);
      assertArrayEquals(Files.readAllBytes(corpus.resolve(path)), file.body(), path);
      String disposition = file.headers().firstValue("content-disposition").orElse("");
      assertTrue(disposition.startsWith("attachment;") && disposition.contains(path), path + ": " + disposition);
      assertEquals("nosniff", file.headers().firstValue("x-content-type-options").orElse(""));
      assertTrue(file.headers().firstValue("content-security-policy").orElse("").startsWith("sandbox"), path);
    }
  }

  @Test
  void aFileNoLongerInTheCorpusIsA404AndTheDocumentSaysSo() throws Exception {
    String id = idByPath.get("side.html");
    Path moved = Files.move(corpus.resolve("side.html"), tmp.resolve("side.html"));
    try {
      assertTrue(server.json("/api/documents/" + id, 200).get("file").isNull(), "no link to a file that is gone");
      JsonNode error = server.json("/api/documents/" + id + "/file", 404);
      assertTrue(error.get("message").asText().contains("no longer in the corpus folder"), error.toString());
    } finally {
      Files.move(moved, corpus.resolve("side.html"));
    }
    server.json("/api/documents/ukendt-id/file", 404);
  }
}
