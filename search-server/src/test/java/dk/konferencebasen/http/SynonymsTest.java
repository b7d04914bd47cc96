package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated synonym file, applied to queries, and re-read when it is edited. */
class SynonymsTest {
  @TempDir Path tmp;

  private TestServer start(Path synonyms) throws Exception {
    TestIndex.index(TestIndex.copyOfCorpus(tmp), tmp.resolve("index"));
    return TestServer.start(Searcher.open(tmp.resolve("index"), SynonymFile.load(synonyms)));
  }

  private static String firstPassage(JsonNode body) {
    return body.get("hits").get(0).get("passages").get(0).get("text").asText();
  }

  @Test
  void acronymsAndTheirLongFormsFindEachOther() throws Exception {
    Path synonyms = Files.copy(TestIndex.repositorySynonyms(), tmp.resolve("synonyms.txt"));
    try (TestServer server = start(synonyms)) {
      // The seed says "KL" (and "KL’s"), never "Kommunernes Landsforening".
      JsonNode kl = server.json("/api/search?q=" + enc("Kommunernes Landsforening"), 200);
      assertTrue(firstPassage(kl).contains("KL"), firstPassage(kl));
      // ... and "Lov om Aktiv Beskæftigelsesindsats (LAB)", never "beskæftigelsesloven".
      JsonNode lab = server.json("/api/search?q=beskæftigelsesloven", 200);
      assertTrue(firstPassage(lab).contains("(LAB)"), firstPassage(lab));

      JsonNode tokens = server.json("/api/analyze?as=query&text=KL", 200).get("tokens");
      assertTrue(tokens.toString().contains("\"synonym\":true"), tokens.toString());
      assertTrue(tokens.toString().contains("landsforening"), tokens.toString());
      JsonNode asIndexed = server.json("/api/analyze?text=KL", 200).get("tokens");
      assertEquals(1, asIndexed.size(), "synonyms apply to queries, not to the index");
    }
  }

  /**
   * The server looks at the file at most once a second, when a query comes. Both edits are
   * followed by queries until the server has read them — the first until its synonyms answer, the
   * broken one until the server says it keeps the old synonyms (its warning) or the synonyms stop
   * answering — with no deadline: how long a busy machine takes to get there decides nothing.
   * (The new times are set explicitly, so the file system's time resolution cannot hide an edit.)
   */
  @Test
  void anEditedFileIsReadAgainAndABrokenEditKeepsTheOldSynonyms() throws Exception {
    List<String> warnings = new CopyOnWriteArrayList<>();
    // SynonymFile logs through System.Logger, which goes to java.util.logging here
    Logger log = Logger.getLogger(SynonymFile.class.getName());
    Handler recorder = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(recorder);
    Path synonyms = Files.writeString(tmp.resolve("synonyms.txt"), "KL, Kommunernes Landsforening\n");
    try (TestServer server = start(synonyms)) {
      // were the warnings to go elsewhere, the wait below would never end: fail here instead
      System.getLogger(SynonymFile.class.getName()).log(System.Logger.Level.WARNING, "probe from SynonymsTest");
      assertEquals(List.of("probe from SynonymsTest"), warnings, "SynonymFile's warnings reach java.util.logging");
      warnings.clear();

      assertEquals(0, server.json("/api/search?q=kulturhuset", 200).get("total").asInt());

      Files.writeString(synonyms, "KL, Kommunernes Landsforening\nKultunariet, kulturhuset\n");
      Files.setLastModifiedTime(synonyms, FileTime.from(Instant.now().plusSeconds(5)));
      JsonNode found;
      do {
        Thread.sleep(50); // back-off between queries
        found = server.json("/api/search?q=kulturhuset", 200);
      } while (found.get("total").asInt() == 0);
      assertTrue(firstPassage(found).contains("Kultunariet"), found.toString());

      Files.writeString(synonyms, "this line => has, => a broken rule\n");
      Files.setLastModifiedTime(synonyms, FileTime.from(Instant.now().plusSeconds(10)));
      JsonNode kept;
      do {
        Thread.sleep(50); // back-off between queries
        kept = server.json("/api/search?q=kulturhuset", 200);
      } while (warnings.isEmpty() && kept.get("total").asInt() > 0);
      assertTrue(kept.get("total").asInt() > 0, "the synonyms that worked stay in force");
      assertTrue(warnings.stream().anyMatch(w -> w.contains("keeping the synonyms loaded before")), warnings.toString());
      assertTrue(server.json("/api/search?q=kulturhuset", 200).get("total").asInt() > 0,
          "the synonyms that worked stay in force");
    } finally {
      log.removeHandler(recorder);
    }
  }

  @Test
  void aBrokenFileAtStartIsAClearError() throws Exception {
    Path broken = Files.writeString(tmp.resolve("broken.txt"), "a => => b\n");
    SynonymFile.InvalidSynonymsException e = assertThrows(SynonymFile.InvalidSynonymsException.class, () -> SynonymFile.load(broken));
    assertTrue(e.getMessage().contains("broken.txt"), e.getMessage());
  }
}
