package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a citation relies on: a passage id names the same text after any re-index of an
 * unchanged file (incremental, rebuilt, or from a copy of the corpus elsewhere), also when
 * another file changed; and every answer names the commit it came from, which moves on with
 * each re-index.
 */
class ReproducibilityTest {
  static final String UIM_FILE = "000_3539d106741d8920.txt";
  static final String FAXE_FILE = "002_83ba2612006fa3f2.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void idsComeFromTheFilesRelativePath() {
    assertEquals(ResearchApiTest.UIM, ReportIds.reportId(UIM_FILE));
    assertEquals(ResearchApiTest.FAXE, ReportIds.reportId(FAXE_FILE));
    assertEquals(ReportIds.reportId("a/b.txt"), ReportIds.reportId("a\\b.txt"), "the same on Windows");
  }

  @Test
  void passageIdsNameTheSameTextAcrossReindexing() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Path index = tmp.resolve("index");
    TestIndex.index(corpus, index);
    Map<String, String> original = passageTexts(index);
    assertEquals(20, original.size());

    // Incrementally, with nothing changed.
    TestIndex.index(corpus, index);
    assertEquals(original, passageTexts(index));

    // Rebuilt from scratch.
    new Indexer().run(new Indexer.Options(corpus, index, true, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertEquals(original, passageTexts(index));

    // A copy of the corpus in another folder, into a new index.
    Path elsewhere = TestIndex.copyOfCorpus(tmp.resolve("elsewhere"));
    TestIndex.index(elsewhere, tmp.resolve("elsewhere-index"));
    assertEquals(original, passageTexts(tmp.resolve("elsewhere-index")));

    // Another file changes: the unchanged report keeps every id and text; the changed one keeps
    // its report id, and its unchanged opening passages keep theirs.
    Path faxe = corpus.resolve(FAXE_FILE);
    Files.writeString(faxe, Files.readString(faxe) + "\n\nEfter konferencen blev der serveret kaffe og kage.\n");
    TestIndex.index(corpus, index);
    Map<String, String> after = passageTexts(index);
    assertEquals(21, after.size());
    original.forEach((id, text) -> assertEquals(text, after.get(id), id));
    assertTrue(after.get(ResearchApiTest.FAXE + "-p011").contains("kaffe og kage"));
  }

  @Test
  void theCommitMovesOnWithEachReindexAndAnswersNameIt() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Path index = tmp.resolve("index");
    TestIndex.index(corpus, index);
    try (TestServer server = TestServer.start(index)) {
      String first = server.json("/api/stats", 200).get("index_commit").asText();
      assertEquals(first, server.get("/api/search?q=kaffe").headers().firstValue("x-index-commit").orElse(null));
      assertEquals(0, server.json("/api/search?q=kaffe", 200).get("total_passages").asInt());

      Files.writeString(corpus.resolve("kaffe.txt"), "Kaffepausen\n\nDer var kaffe til alle deltagere.\n");
      TestIndex.index(corpus, index);
      String second = server.jsonOnceTheCommitIsNot(first, "/api/stats").get("index_commit").asText();
      assertNotEquals(first, second);
      JsonNode search = server.json("/api/search?q=kaffe", 200);
      assertEquals(second, search.get("index_commit").asText());
      assertEquals(1, search.get("total_passages").asInt());
      String passage = search.get("hits").get(0).get("passages").get(0).get("id").asText();
      assertEquals(ReportIds.passageId(ReportIds.reportId("kaffe.txt"), 0), passage, "cited by path-derived id");
      JsonNode document = server.json("/api/documents/" + passage, 200);
      assertEquals(second, document.get("index_commit").asText());
    }
  }

  /** Passage id → text, read straight from the index through the API of a fresh server. */
  private static Map<String, String> passageTexts(Path index) throws Exception {
    Map<String, String> texts = new TreeMap<>();
    try (TestServer server = TestServer.start(index)) {
      // without q, every passage
      String export = server.get("/api/export?format=jsonl&fields=id,text").body();
      for (String line : export.split("\n")) {
        JsonNode row = JSON.readTree(line);
        texts.put(row.get("id").asText(), row.get("text").asText());
      }
    }
    return texts;
  }
}
