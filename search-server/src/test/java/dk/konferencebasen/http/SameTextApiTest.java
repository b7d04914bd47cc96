package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.Csv;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same report in several files is one hit that says where else it is found, over real HTTP
 * on a real index: the UIM seed report as DOCX and ODT (FormatFixtures), and as HTML with a
 * paragraph of metadata more; the Faxe seed report, also about integration, stays a hit of its
 * own. All four files stay indexed.
 */
class SameTextApiTest {
  static final String DOCX = "uim.docx";
  static final String ODT = "uim.odt";
  static final String HTML = "uim-tilrettet.html"; // sorts before "uim.docx": the group's key is its id
  static final String FAXE = Corpus.SEED_002;
  static final String METADATA = "Udgivet af Udlændinge- og Integrationsministeriet. Senest opdateret 16. september "
      + "2020. Kontakt ministeriets presseafdeling for yderligere oplysninger om arrangementet.";

  @TempDir static Path tmp;
  static TestServer server;

  static String id(String path) {
    return ReportIds.reportId(path);
  }

  /** Writes the corpus into {@code dir}: the three UIM files (one sidecar each, as exported) and Faxe. */
  static Path writeCorpus(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir);
    FormatFixtures.Document uim = FormatFixtures.readPlainText(Corpus.seed(Corpus.SEED_000));
    FormatFixtures.write(Format.DOCX, corpus, "uim", uim.title(), uim.paragraphs());
    FormatFixtures.write(Format.ODT, corpus, "uim", uim.title(), uim.paragraphs());
    List<String> more = new ArrayList<>(uim.paragraphs());
    more.add(METADATA);
    FormatFixtures.write(Format.HTML, corpus, "uim-tilrettet", uim.title(), more);
    Path sidecar = Corpus.folder().resolve(Corpus.SEED_000.replace(".txt", ".meta.json"));
    Files.copy(sidecar, corpus.resolve("uim.meta.json"));
    Files.copy(sidecar, corpus.resolve("uim-tilrettet.meta.json"));
    Corpus.copySeed(FAXE, corpus);
    return corpus;
  }

  @BeforeAll
  static void start() throws Exception {
    TestIndex.index(writeCorpus(tmp.resolve("corpus")), tmp.resolve("index"));
    server = TestServer.start(tmp.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static Set<String> paths(JsonNode reports) {
    Set<String> paths = new TreeSet<>();
    reports.forEach(r -> paths.add(r.get("path").asText()));
    return paths;
  }

  private static JsonNode hitFor(JsonNode body, Set<String> anyOf) {
    JsonNode found = null;
    for (JsonNode hit : body.get("hits")) {
      if (anyOf.contains(hit.get("path").asText())) {
        assertTrue(found == null, "one hit for the group, not two: " + body.get("hits"));
        found = hit;
      }
    }
    assertTrue(found != null, "a hit for " + anyOf);
    return found;
  }

  @Test
  void theCopiesAreOneHitThatNamesTheOtherFiles() throws Exception {
    JsonNode body = server.json("/api/search?q=integration", 200);
    assertEquals(2, body.get("hits").size(), body.get("hits").toString());
    assertEquals(2, body.get("total").asInt(), "total counts the group once");
    JsonNode uim = hitFor(body, Set.of(DOCX, ODT, HTML));
    Set<String> group = new TreeSet<>(Set.of(DOCX, ODT, HTML));
    group.remove(uim.get("path").asText());
    assertEquals(group, paths(uim.get("also_in")));
    for (JsonNode other : uim.get("also_in")) {
      String path = other.get("path").asText();
      assertEquals(id(path), other.get("id").asText());
      assertEquals(path.substring(path.lastIndexOf('.') + 1), other.get("format").asText());
      assertEquals("Integrationstræf 2019", other.get("title").asText());
    }
    JsonNode faxe = hitFor(body, Set.of(FAXE));
    assertEquals(0, faxe.get("also_in").size(), "another report on the same topic is not the same text");
  }

  @Test
  void totalPassagesCountEveryFileAndFacetsCountTheGroupOnce() throws Exception {
    JsonNode body = server.json("/api/search?q=integration", 200);
    long passages = body.get("total_passages").asLong();
    long exported = Csv.parse(server.get("/api/export?q=integration&fields=id").body()).size() - 1;
    assertEquals(exported, passages, "total_passages is what an export writes: every file's passages");

    long docx = server.json("/api/search?q=integration&format=docx", 200).get("total_passages").asLong();
    long html = server.json("/api/search?q=integration&format=html", 200).get("total_passages").asLong();
    long faxe = server.json("/api/search?q=integration&format=txt", 200).get("total_passages").asLong();
    assertEquals(docx * 2 + html + faxe, passages);
    JsonNode facets = body.get("facets");
    assertEquals(docx, facets.get("format").get("docx").asLong());
    assertEquals(docx, facets.get("format").get("odt").asLong());
    assertEquals(html, facets.get("format").get("html").asLong());
    assertEquals(Math.max(docx, html), facets.get("conference").get("Integrationstræf").asLong(),
        "the conference all three files share counts as in the file with the most such passages");
    assertEquals(Math.max(docx, html) + faxe, facets.get("language").get("da").asLong());
  }

  @Test
  void aFilterThatOnlyOneCopyPassesShowsThatCopyWithTheOthers() throws Exception {
    JsonNode body = server.json("/api/search?q=integration&format=odt", 200);
    assertEquals(1, body.get("total").asInt());
    JsonNode hit = body.get("hits").get(0);
    assertEquals(ODT, hit.get("path").asText());
    assertEquals(Set.of(DOCX, HTML), paths(hit.get("also_in")));
  }

  @Test
  void everyFileIsStillIndexedAndSaysWhichHaveTheSameText() throws Exception {
    for (String path : List.of(DOCX, ODT, HTML)) {
      JsonNode doc = server.json("/api/documents/" + id(path), 200);
      assertEquals(path, doc.get("path").asText());
      Set<String> others = new TreeSet<>(Set.of(DOCX, ODT, HTML));
      others.remove(path);
      assertEquals(others, paths(doc.get("same_text_as")), path);
      // a passage id answers with its report, and so with the same list
      assertEquals(others, paths(server.json("/api/documents/" + id(path) + "-p001", 200).get("same_text_as")));
    }
    assertEquals(0, server.json("/api/documents/" + id(FAXE), 200).get("same_text_as").size());
    assertEquals(4, server.json("/api/stats", 200).get("reports").asInt(), "all four files are indexed");
  }

  @Test
  void pagesShowAGroupOnceWhetherByOffsetOrCursor() throws Exception {
    for (String sort : List.of("relevance", "date")) {
      List<String> byOffset = new ArrayList<>();
      for (int offset = 0; offset < 3; offset++) {
        JsonNode page = server.json("/api/search?q=integration&limit=1&sort=" + sort + "&offset=" + offset, 200);
        page.get("hits").forEach(h -> byOffset.add(h.get("path").asText()));
        assertEquals(offset == 0, page.hasNonNull("next_cursor"), sort + " offset " + offset + ": " + page);
      }
      List<String> byCursor = new ArrayList<>();
      String cursor = null;
      for (int i = 0; i < 5; i++) {
        JsonNode page = server.json("/api/search?q=integration&limit=1&sort=" + sort
            + (cursor == null ? "" : "&cursor=" + enc(cursor)), 200);
        page.get("hits").forEach(h -> byCursor.add(h.get("path").asText()));
        cursor = page.path("next_cursor").isTextual() ? page.get("next_cursor").asText() : null;
        if (cursor == null) {
          break;
        }
      }
      assertEquals(2, byOffset.size(), sort + ": " + byOffset);
      assertEquals(byOffset, byCursor, sort);
      assertTrue(byOffset.contains(FAXE), sort + ": " + byOffset);
    }
  }

  @Test
  void relatedPassagesAreOfOtherReportsNotOfTheCopies() throws Exception {
    JsonNode related = server.json("/api/documents/" + id(DOCX) + "-p002/related?limit=20", 200);
    assertTrue(related.get("hits").size() > 0, related.toString());
    Set<String> reports = new HashSet<>();
    related.get("hits").forEach(h -> reports.add(h.get("report_id").asText()));
    assertEquals(Set.of(id(FAXE)), reports, "the copies' passages would be the most related of all");
  }

  @Test
  void anExportCanNameEachRowsGroup() throws Exception {
    List<List<String>> rows = Csv.parse(server.get("/api/export?q=integration&fields=report_id,same_text_group").body());
    assertEquals(List.of("report_id", "same_text_group"), rows.get(0));
    Set<String> groupsOfUim = new HashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.get(0).equals(id(FAXE))) {
        assertEquals("", row.get(1));
      } else {
        groupsOfUim.add(row.get(1));
      }
    }
    assertEquals(Set.of(id(HTML)), groupsOfUim, "the group is named after its file with the smallest path");
  }

  @Test
  void theNewFieldsAreDocumented() throws Exception {
    JsonNode schemas = server.json("/openapi.json", 200).get("components").get("schemas");
    assertTrue(schemas.get("Hit").get("properties").has("also_in"));
    assertTrue(schemas.get("Document").get("properties").has("same_text_as"));
    assertTrue(schemas.get("SearchResponse").get("properties").has("total_files"));
    assertTrue(schemas.get("ExportRow").get("properties").has("same_text_group"));
    Set<String> documented = new TreeSet<>();
    schemas.get("SameTextReport").get("properties").fieldNames().forEachRemaining(documented::add);
    Set<String> answered = new TreeSet<>();
    hitFor(server.json("/api/search?q=integration", 200), Set.of(DOCX, ODT, HTML)).get("also_in").get(0)
        .fieldNames().forEachRemaining(answered::add);
    assertEquals(documented, answered);
  }

  /** A separate index: the corpus changes. */
  @Test
  void whenTheCopiesAreRemovedTheRemainingFileIsAPlainHitAgain() throws Exception {
    Path dir = tmp.resolve("changing");
    Path corpus = writeCorpus(dir.resolve("corpus"));
    Path index = dir.resolve("index");
    TestIndex.index(corpus, index);
    try (TestServer changing = TestServer.start(index)) {
      JsonNode before = changing.json("/api/search?q=integration", 200);
      assertEquals(2, hitFor(before, Set.of(DOCX, ODT, HTML)).get("also_in").size());
      String commit = before.get("index_commit").asText();

      Files.delete(corpus.resolve(ODT));
      Files.delete(corpus.resolve(HTML));
      TestIndex.index(corpus, index);
      JsonNode after = changing.jsonOnceTheCommitIsNot(commit, "/api/search?q=integration");
      assertNotEquals(commit, after.get("index_commit").asText());
      JsonNode uim = hitFor(after, Set.of(DOCX));
      assertEquals(0, uim.get("also_in").size());
      assertEquals(0, changing.json("/api/documents/" + id(DOCX), 200).get("same_text_as").size());
      assertEquals(2, after.get("total").asInt());
      assertFalse(after.get("facets").get("format").has("odt"));
    }
  }
}
