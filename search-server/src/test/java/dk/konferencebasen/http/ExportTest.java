package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.testing.Csv;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
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
 * An export of a query with more matching passages than one page of /api/search can hold
 * (limit ≤ 100): a generated corpus of 26 reports, each with five passages about
 * mentorordninger and one about lunch, so the query matches 130 passages in 26 reports.
 * The passages are long enough that the export cannot fit in a buffer and must be streamed.
 */
class ExportTest {
  static final int REPORTS = 26;
  static final int MATCHING_PER_REPORT = 5;
  static final String QUERY = "mentorordninger";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Makes the export (about 100 KB) larger than the server's buffers, so it must be streamed. */
  private static final String FILLER = "Deltagerne drøftede, hvordan frivillige, jobcentre og uddannelsessteder kan "
      + "arbejde sammen om de nyankomnes første år, og hvordan erfaringerne kan deles mellem kommunerne. ".repeat(3);

  @TempDir static Path tmp;
  static Path corpus;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int r = 0; r < REPORTS; r++) {
      writeReport(r, MATCHING_PER_REPORT);
    }
    TestIndex.index(corpus, tmp.resolve("index"));
    server = TestServer.start(tmp.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** Even reports are from Mentortræf 2021, odd ones from Integrationsdag 2022. */
  private static void writeReport(int r, int matching) throws Exception {
    String name = String.format("rapport-%02d", r);
    StringBuilder text = new StringBuilder("Mentordag " + r + "\n\n");
    for (int k = 0; k < matching; k++) {
      // Quotes, commas, a semicolon and a line break: what a CSV writer must get right.
      text.append("Oplæg ").append(r).append('.').append(k).append(": Mentorordninger for nyankomne gav \"gode\" resultater, ")
          .append("sagde oplægsholderen; flere kommuner vil prøve dem.\nAnden linje af oplæg ").append(r).append('.').append(k)
          .append(". ").append(FILLER).append("\n\n");
    }
    text.append("Frokost og netværk i pausen.\n");
    Files.writeString(corpus.resolve(name + ".txt"), text);
    boolean even = r % 2 == 0;
    Files.writeString(corpus.resolve(name + ".meta.json"), """
        {"title": "Mentordag %d", "conference": "%s", "date": "%s", "organiser": "%s", "language": "da"}
        """.formatted(r, even ? "Mentortræf" : "Integrationsdag", even ? "2021-03-04" : "2022-05-06",
        even ? "Mentornetværket" : "KL"));
  }

  /** The ids the passages must have, from the files' paths alone. */
  private static Set<String> expectedIds(int from, int step, int perReport) {
    Set<String> ids = new TreeSet<>();
    for (int r = from; r < REPORTS; r += step) {
      String report = ReportIds.reportId(String.format("rapport-%02d.txt", r));
      for (int k = 0; k < perReport; k++) {
        ids.add(ReportIds.passageId(report, k));
      }
    }
    return ids;
  }

  @Test
  void theQueryMatchesMoreThanOnePageOfSearch() throws Exception {
    JsonNode search = server.json("/api/search?q=" + QUERY + "&limit=" + SearchHandler.MAX_LIMIT, 200);
    assertEquals(REPORTS * MATCHING_PER_REPORT, search.get("total_passages").asInt());
    assertEquals(REPORTS, search.get("total").asInt());
    assertTrue(search.get("total_passages").asInt() > SearchHandler.MAX_LIMIT);
    server.json("/api/search?q=" + QUERY + "&limit=" + (SearchHandler.MAX_LIMIT + 1), 400);
  }

  @Test
  void csvExportHasEveryMatchingPassageOnce() throws Exception {
    HttpResponse<String> response = server.get("/api/export?q=" + QUERY + "&fields=id,report_id,ordinal,conference,year,text");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-length").isEmpty(),
        "written while read (chunked), not assembled first: " + response.headers().map());
    List<List<String>> rows = Csv.parse(response.body());
    assertEquals(List.of("id", "report_id", "ordinal", "conference", "year", "text"), rows.get(0));
    List<List<String>> data = rows.subList(1, rows.size());
    assertEquals(130, data.size());
    Set<String> ids = new HashSet<>();
    data.forEach(row -> assertTrue(ids.add(row.get(0)), "twice: " + row.get(0)));
    assertEquals(expectedIds(0, 1, MATCHING_PER_REPORT), ids);
    for (List<String> row : data) {
      assertTrue(row.get(0).startsWith(row.get(1) + "-p"), row.toString());
      assertTrue(row.get(5).contains("Mentorordninger for nyankomne gav \"gode\" resultater, sagde oplægsholderen;"), row.get(5));
      assertTrue(row.get(5).contains("\nAnden linje"), "the line break stays inside the field");
      assertEquals(row.get(3).equals("Mentortræf") ? "2021" : "2022", row.get(4));
    }
    assertReportsTogetherInOrder(data);
  }

  @Test
  void jsonLinesExportHasEveryMatchingPassageOnce() throws Exception {
    String body = server.get("/api/export?q=" + QUERY + "&format=jsonl").body();
    String[] lines = body.split("\n");
    assertEquals(130, lines.length);
    Set<String> ids = new TreeSet<>();
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      ids.add(row.get("id").asText());
      assertTrue(row.get("year").isInt());
      assertTrue(row.get("title").asText().startsWith("Mentordag "));
    }
    assertEquals(expectedIds(0, 1, MATCHING_PER_REPORT), ids);
  }

  @Test
  void filtersNarrowTheExport() throws Exception {
    List<List<String>> rows = Csv.parse(server.get("/api/export?q=" + QUERY + "&fields=id,conference&conference=Mentortr%C3%A6f").body());
    assertEquals(65, rows.size() - 1);
    Set<String> ids = new TreeSet<>();
    rows.stream().skip(1).forEach(r -> {
      assertEquals("Mentortræf", r.get(1));
      ids.add(r.get(0));
    });
    assertEquals(expectedIds(0, 2, MATCHING_PER_REPORT), ids);
    assertEquals(65, Csv.parse(server.get("/api/export?q=" + QUERY + "&fields=id&from=2022").body()).size() - 1);
    assertEquals(REPORTS + 1, Csv.parse(server.get("/api/export?q=frokost&fields=id").body()).size());
  }

  @Test
  void anExportAfterAReindexHasTheNewPassagesAndNoneOfTheReplacedOnes() throws Exception {
    // A separate index: changing a report deletes its old block, which an export must skip.
    Path dir = Files.createDirectories(tmp.resolve("changing"));
    Path copy = Files.createDirectories(dir.resolve("corpus"));
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path index = dir.resolve("index");
    TestIndex.index(copy, index);
    try (TestServer changing = TestServer.start(index)) {
      String before = changing.json("/api/stats", 200).get("index_commit").asText();
      Path changed = copy.resolve("rapport-03.txt");
      Files.writeString(changed, Files.readString(changed).replace("Frokost og netværk i pausen.",
          "Oplæg 3.5: Mentorordninger igen, til sidst.\n\nFrokost og netværk i pausen."));
      TestIndex.index(copy, index);
      String after = changing.jsonOnceTheCommitIsNot(before, "/api/stats").get("index_commit").asText();
      assertFalse(after.equals(before), "the server picked up the new commit");
      HttpResponse<String> response = changing.get("/api/export?q=" + QUERY + "&fields=id");
      assertEquals(after, response.headers().firstValue("x-index-commit").orElse(null));
      List<List<String>> rows = Csv.parse(response.body());
      assertEquals(131, rows.size() - 1);
      Set<String> ids = new TreeSet<>();
      rows.stream().skip(1).forEach(r -> assertTrue(ids.add(r.get(0)), "twice: " + r.get(0)));
      Set<String> expected = expectedIds(0, 1, MATCHING_PER_REPORT);
      expected.add(ReportIds.passageId(ReportIds.reportId("rapport-03.txt"), 5));
      assertEquals(expected, ids);
    }
  }

  /** Each report's passages in one run, by ordinal: the order of the index's blocks. */
  private static void assertReportsTogetherInOrder(List<List<String>> rows) {
    List<String> reportsSeen = new ArrayList<>();
    int lastOrdinal = -1;
    for (List<String> row : rows) {
      String report = row.get(1);
      int ordinal = Integer.parseInt(row.get(2));
      if (reportsSeen.isEmpty() || !reportsSeen.get(reportsSeen.size() - 1).equals(report)) {
        assertFalse(reportsSeen.contains(report), "the passages of " + report + " are split up");
        reportsSeen.add(report);
      } else {
        assertTrue(ordinal > lastOrdinal, "passages of " + report + " out of order");
      }
      lastOrdinal = ordinal;
    }
    assertEquals(REPORTS, reportsSeen.size());
  }
}
