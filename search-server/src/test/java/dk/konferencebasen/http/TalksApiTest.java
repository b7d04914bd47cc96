package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
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
 * A programme's talks are passages with their title and speakers, in the search, the
 * document, the export, and as a speaker facet and filter that count talks.
 */
class TalksApiTest {
  private static final String PROGRAMME = """
      Program for Integrationsdagen 2024

      9.00-9.30: Ankomst og kaffe

      9.30-9.45: Velkomst
      v. borgmester Jens Kristian Holm, Vejle Kommune

      9.45-10.30: Sprog på arbejdspladsen
      Oplæg ved Mette Lund Sørensen, Aarhus Universitet.
      Hvordan lærer nyankomne dansk, mens de arbejder? Oplægget bygger på interview med tolv virksomheder.

      10.30-10.45 Pause

      10.45-11.30 Paneldebat: Hvem har ansvaret for sproget?
      Moderator: Karen Bech Poulsen

      Praktisk information
      Dagen holdes på Vejle Rådhus.
      """;

  /** The same kind of day as a calendar file, the way conference tools export their programmes. */
  private static final String CALENDAR = """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      PRODID:-//Konferencebasen test//DA\r
      X-WR-CALNAME:Sundhedsdagen 2025\r
      BEGIN:VEVENT\r
      UID:tolk@example.dk\r
      DTSTAMP:20250101T120000Z\r
      DTSTART:20250506T130000\r
      DTEND:20250506T134500\r
      SUMMARY:Tolkning i sundhedsvæsenet\r
      ATTENDEE;CN=Ahmed Yusuf Farah:mailto:ayf@example.dk\r
      LOCATION:Sal 3\r
      DESCRIPTION:Hvornår er en telefontolk godt nok?\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:velkomst@example.dk\r
      DTSTAMP:20250101T120000Z\r
      DTSTART:20250506T123000\r
      DTEND:20250506T130000\r
      SUMMARY:Velkomst og dagens program\r
      LOCATION:Sal 3\r
      END:VEVENT\r
      END:VCALENDAR\r
      """;

  @TempDir static Path tmp;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.overCorpusWith(tmp, corpus -> {
      Files.writeString(corpus.resolve("program-integrationsdagen.txt"), PROGRAMME);
      // the same programme as a Word file too: one text, so its talks are listed once
      List<String> paragraphs = List.of(PROGRAMME.split("\n\n"));
      FormatFixtures.write(Format.DOCX, corpus, "program-integrationsdagen", paragraphs.get(0), paragraphs.subList(1, paragraphs.size()));
      Files.writeString(corpus.resolve("sundhedsdagen.ics"), CALENDAR);
    });
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void theDocumentHasOnePassagePerTalkWithTitleAndSpeakers() throws Exception {
    String id = server.json("/api/search?q=" + enc("sprog arbejdspladsen"), 200).get("hits").get(0).get("id").asText();
    JsonNode doc = server.json("/api/documents/" + id, 200);
    List<String> titles = new ArrayList<>();
    for (JsonNode p : doc.get("passages")) {
      if (!p.get("talk_title").isNull()) {
        titles.add(p.get("talk_title").asText() + " — " + p.get("speakers"));
      }
    }
    assertEquals(List.of("Velkomst — [\"Jens Kristian Holm\"]", "Sprog på arbejdspladsen — [\"Mette Lund Sørensen\"]",
        "Paneldebat: Hvem har ansvaret for sproget? — [\"Karen Bech Poulsen\"]"), titles);
    for (JsonNode p : doc.get("passages")) {
      if (p.get("talk_title").asText().equals("Sprog på arbejdspladsen")) {
        assertTrue(p.get("text").asText().contains("tolv virksomheder"), "the abstract stays with its talk");
        assertTrue(p.get("people").toString().contains("Mette Lund Sørensen"), "a speaker is among the people too");
      }
      if (p.get("talk_title").isNull()) {
        assertEquals(0, p.get("speakers").size(), "only a talk has speakers");
      }
    }
  }

  @Test
  void aSearchHitShowsTheTalkAndTheSpeakerFacetCountsTalks() throws Exception {
    JsonNode result = server.json("/api/search?q=" + enc("nyankomne dansk"), 200);
    JsonNode passage = result.get("hits").get(0).get("passages").get(0);
    assertEquals("Sprog på arbejdspladsen", passage.get("talk_title").asText());
    assertEquals("Mette Lund Sørensen", passage.get("speakers").get(0).asText());

    JsonNode all = server.json("/api/search?q=" + enc("sprog") + "&speaker=" + enc("Karen Bech Poulsen"), 200);
    assertEquals(1, all.get("total").asInt(), "the filter keeps the talks this person gives: one programme");
    assertEquals(2, all.get("total_passages").asInt(), "one talk in each of the programme's two files");
    assertEquals(1, server.json("/api/search?q=sprog", 200).get("facets").get("speaker").get("Mette Lund Sørensen").asInt());
  }

  @Test
  void theExportHasTheTalkColumns() throws Exception {
    HttpResponse<String> csv = server.get("/api/export?q=" + enc("paneldebat") + "&format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("Paneldebat: Hvem har ansvaret for sproget?"), csv.body());
    assertTrue(csv.body().contains("Karen Bech Poulsen"), csv.body());
  }

  @Test
  void aCalendarFileIsAProgrammeWhoseEventsAreTalks() throws Exception {
    JsonNode result = server.json("/api/search?q=" + enc("telefontolk"), 200);
    JsonNode hit = result.get("hits").get(0);
    assertEquals("Sundhedsdagen 2025", hit.get("title").asText());
    assertEquals("ics", hit.get("format").asText());
    JsonNode passage = hit.get("passages").get(0);
    assertEquals("Tolkning i sundhedsvæsenet", passage.get("talk_title").asText());
    assertEquals("Ahmed Yusuf Farah", passage.get("speakers").get(0).asText());
    assertTrue(passage.get("text").asText().contains("Lokale: Sal 3"), passage.toString());
    assertEquals(1, server.json("/api/search?q=" + enc("tolkning") + "&speaker=" + enc("Ahmed Yusuf Farah"), 200)
        .get("total_passages").asInt());
  }

  @Test
  void talksAreHitsOfTheirOwnWithTimeSpeakersAndReport() throws Exception {
    JsonNode result = server.json("/api/talks?q=" + enc("nyankomne dansk"), 200);
    assertEquals(4, result.get("total").asInt(), "the programme's talk, and the opening, the first panel debate and the "
        + "researcher who 'gav et indblik i sin forskning' at Integrationstræf 2019 (\"nyankomne\", \"dansk\"): " + result);
    JsonNode talk = result.get("talks").get(0);
    assertEquals("Sprog på arbejdspladsen", talk.get("title").asText());
    assertEquals("09.45–10.30", talk.get("time").asText());
    assertEquals("Mette Lund Sørensen", talk.get("speakers").get(0).asText());
    assertTrue(talk.get("organisations").toString().contains("Aarhus Universitet"), talk.toString());
    assertEquals("Program for Integrationsdagen 2024", talk.get("report_title").asText());
    assertTrue(talk.get("highlight").asText().contains("<mark>"), talk.toString());
    assertEquals(result.get("index_commit").asText(), server.get("/api/talks?q=sprog").headers().firstValue("X-Index-Commit").orElseThrow());
  }

  @Test
  void withoutAQueryEveryTalkTheFiltersKeepInProgrammeOrder() throws Exception {
    JsonNode all = server.json("/api/talks?limit=100", 200);
    assertEquals(9, all.get("total").asInt(), "three talks of the printed programme, two of the calendar, four the seed "
        + "reports tell of (Faxe's, the KL chairman who opened Integrationstræf 2019, its panel debate with four named "
        + "people, and the researcher who gave an insight into his research); breaks are none");
    List<String> integration = new ArrayList<>();
    for (JsonNode t : all.get("talks")) {
      assertTrue(t.get("score").isNumber());
      if (t.get("report_title").asText().startsWith("Program for")) {
        integration.add(t.get("time").asText() + " " + t.get("title").asText());
      }
    }
    assertEquals(List.of("09.30–09.45 Velkomst", "09.45–10.30 Sprog på arbejdspladsen",
        "10.45–11.30 Paneldebat: Hvem har ansvaret for sproget?"), integration);

    JsonNode bySpeaker = server.json("/api/talks?speaker=" + enc("Karen Bech Poulsen"), 200);
    assertEquals(1, bySpeaker.get("total").asInt());
    assertEquals("Paneldebat: Hvem har ansvaret for sproget?", bySpeaker.get("talks").get(0).get("title").asText());
    JsonNode page = server.json("/api/talks?limit=2&offset=8", 200);
    assertEquals(1, page.get("talks").size(), "the ninth and last talk");
  }

  @Test
  void aBadTalksRequestSaysWhatIsWrong() throws Exception {
    HttpResponse<String> unknown = server.get("/api/talks?speakers=" + enc("Karen Bech Poulsen"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("speakers"), unknown.body());
    assertEquals(400, server.get("/api/talks?q=" + enc("(sprog")).statusCode(), "an unclosed parenthesis");
    assertEquals(400, server.get("/api/talks?limit=0").statusCode());
  }
}
