package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the JSON API on the seed corpus, over real HTTP. */
class ApiTest {
  static final String FAXE = "Integrationskonference: Det vigtige samarbejde på tværs";
  static final String UIM = "Integrationstræf 2019";

  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    TestIndex.index(TestIndex.copyOfCorpus(tmp), tmp.resolve("index"));
    server = TestServer.start(tmp.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<String> titles(JsonNode body) {
    List<String> titles = new ArrayList<>();
    body.get("hits").forEach(h -> titles.add(h.get("title").asText()));
    return titles;
  }

  // ---------------------------------------------------------------- /api/search

  @Test
  void frivilligeFindsTheFaxePassagesWithTheWordMarked() throws Exception {
    JsonNode body = server.json("/api/search?q=frivillige", 200);
    assertEquals(List.of(FAXE), titles(body));
    JsonNode passages = body.get("hits").get(0).get("passages");
    assertEquals(2, passages.size(), "both Faxe passages that mention volunteers");
    for (JsonNode p : passages) {
      assertTrue(p.get("highlight").asText().toLowerCase().contains("<mark>frivillige</mark>"), p.toString());
    }
    assertEquals("frivillige", body.get("query").asText());
    assertEquals(2, body.get("total_passages").asInt());
    assertFalse(body.get("index_commit").asText().isBlank());
  }

  @Test
  void hitsCarryReportMetadataAndNames() throws Exception {
    JsonNode hit = server.json("/api/search?q=" + enc("\"lære dansk\""), 200).get("hits").get(0);
    assertEquals(UIM, hit.get("title").asText());
    assertEquals("Integrationstræf", hit.get("conference").asText());
    assertEquals("2019-09-10", hit.get("date").asText());
    assertEquals(2019, hit.get("year").asInt());
    assertEquals("Odense", hit.get("place").asText());
    assertEquals("txt", hit.get("format").asText());
    assertEquals("000_3539d106741d8920.txt", hit.get("path").asText());
    assertTrue(hit.get("people").toString().contains("Mattias Tesfaye"));
    JsonNode passage = hit.get("passages").get(0);
    assertEquals("[\"Michael Svendsen Petersen\"]", passage.get("people").toString());
    assertTrue(passage.get("organisations").toString().contains("Roskilde Universitet"));
    assertTrue(passage.get("highlight").asText().contains("<mark>lære dansk</mark>"), "the phrase is marked whole");
  }

  @Test
  void facetsCountPassagesPerValue() throws Exception {
    JsonNode facets = server.json("/api/search?q=integration", 200).get("facets");
    for (String dim : List.of("conference", "year", "organiser", "person", "organisation", "municipality", "format", "language")) {
      assertTrue(facets.has(dim), dim);
    }
    assertEquals(1, facets.get("year").size());
    assertTrue(facets.get("year").has("2019"));
    assertEquals(2, facets.get("conference").size());
    assertTrue(facets.get("format").get("txt").asInt() >= 2);
    assertTrue(facets.get("language").has("da"));
  }

  @Test
  void filtersNarrowPassagesAndCombine() throws Exception {
    JsonNode all = server.json("/api/search?q=integration", 200);
    assertEquals(2, all.get("total").asInt());
    JsonNode year = server.json("/api/search?q=integration&year=2019", 200);
    assertEquals(List.of(UIM), titles(year));
    JsonNode faxe = server.json("/api/search?q=integration&organiser=" + enc("Faxe Kommune"), 200);
    assertEquals(List.of(FAXE), titles(faxe));
    JsonNode either = server.json("/api/search?q=integration&conference=Integrationstr%C3%A6f&conference="
        + enc("Faxe Kommunes integrationskonference"), 200);
    assertEquals(2, either.get("total").asInt(), "values of one filter are alternatives");
    JsonNode both = server.json("/api/search?q=integration&year=2019&organiser=" + enc("Faxe Kommune"), 200);
    assertEquals(0, both.get("total").asInt(), "different filters must all hold");
    JsonNode municipality = server.json("/api/search?q=kommune&municipality=Aalborg", 200);
    assertEquals(1, municipality.get("total_passages").asInt());
    assertTrue(municipality.get("hits").get(0).get("passages").get(0).get("text").asText().contains("Aalborg Kommune"));
    JsonNode person = server.json("/api/search?q=integration&person=" + enc("Kasper Sonne"), 200);
    assertEquals(List.of(FAXE), titles(person));
  }

  @Test
  void dateRangesUseTheEventDate() throws Exception {
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=integration&from=2019-09-01&to=2019-09-30", 200)));
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=integration&from=2019&to=2019", 200)));
    assertEquals(0, server.json("/api/search?q=integration&from=2020", 200).get("total").asInt());
  }

  @Test
  void sortByDatePutsUndatedReportsLast() throws Exception {
    JsonNode byDate = server.json("/api/search?q=integration&sort=date", 200);
    assertEquals(List.of(UIM, FAXE), titles(byDate));
    assertEquals("date", byDate.get("sort").asText());
  }

  @Test
  void offsetPagingAndCursorPagingAgree() throws Exception {
    JsonNode first = server.json("/api/search?q=integration&limit=1", 200);
    JsonNode second = server.json("/api/search?q=integration&limit=1&offset=1", 200);
    assertEquals(1, first.get("hits").size());
    assertNotEquals(titles(first), titles(second));
    String cursor = first.get("next_cursor").asText();
    JsonNode viaCursor = server.json("/api/search?q=integration&limit=1&cursor=" + enc(cursor), 200);
    assertEquals(titles(second), titles(viaCursor));
    assertTrue(viaCursor.get("next_cursor").isNull(), "two reports: the second page is the last");

    Set<String> seen = new HashSet<>();
    String next = null;
    do {
      JsonNode page = server.json("/api/search?q=integration&sort=date&limit=1" + (next == null ? "" : "&cursor=" + enc(next)), 200);
      page.get("hits").forEach(h -> assertTrue(seen.add(h.get("id").asText()), "a report came twice"));
      next = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
    } while (next != null);
    assertEquals(2, seen.size());
  }

  @Test
  void misspellingsGetAMenteDuSuggestion() throws Exception {
    JsonNode body = server.json("/api/search?q=frivilige", 200);
    assertEquals("frivillige", body.get("suggestion").asText());
    assertEquals(List.of(FAXE), titles(body), "and the misspelling still finds the volunteers");
    assertTrue(server.json("/api/search?q=frivillige", 200).get("suggestion").isNull());
  }

  @Test
  void aWordFoundThroughItsLemmaIsNoMisspelling() throws Exception {
    // The seeds have "frivillige" and "borgere" but never "frivillig" or "borgeren" as written.
    for (String correct : List.of("frivillig", "borgeren")) {
      JsonNode body = server.json("/api/search?q=" + correct, 200);
      assertTrue(body.get("suggestion").isNull(), correct + " is good Danish: " + body.get("suggestion"));
      assertFalse(body.get("hits").isEmpty(), correct + " finds its inflected forms");
    }
  }

  @Test
  void aWildcardFindsAndMarksTheWordsAsWritten() throws Exception {
    // "børn", "børns" and "børnene" are indexed under their lemma "barn", which does not start
    // with "børn": the pattern must still find them as the texts write them
    JsonNode body = server.json("/api/search?q=" + enc("børn*"), 200);
    assertEquals(Set.of(FAXE, UIM), Set.copyOf(titles(body)));
    Set<String> marked = new TreeSet<>();
    body.get("hits").forEach(hit -> hit.get("passages").forEach(p -> {
      Matcher mark = Pattern.compile("<mark>(.*?)</mark>").matcher(p.get("highlight").asText());
      while (mark.find()) marked.add(mark.group(1));
    }));
    assertEquals(Set.of("børn", "børnehaver", "børnene", "børns"), marked);
    JsonNode kwic = server.json("/api/kwic?q=" + enc("Børn*"), 200);
    assertEquals(body.get("total_passages").asInt(), kwic.get("passages_with_occurrences").asInt());
    Set<String> keywords = new TreeSet<>();
    kwic.get("lines").forEach(line -> keywords.add(line.get("keyword").asText()));
    assertEquals(marked, keywords);
  }

  @Test
  void queryLanguageWorks() throws Exception {
    assertEquals(List.of(FAXE), titles(server.json("/api/search?q=" + enc("\"nye borgere\""), 200)));
    assertEquals(List.of(FAXE), titles(server.json("/api/search?q=" + enc("sprogundervis*"), 200)));
    assertEquals(List.of(FAXE), titles(server.json("/api/search?q=" + enc("sprogundervisnig~"), 200)));
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=" + enc("integration -Faxe -frivillige +Odense"), 200)));
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=" + enc("person:\"Aydin Soei\""), 200)));
    assertEquals(List.of(FAXE), titles(server.json("/api/search?q=" + enc("title:samarbejde"), 200)));
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=" + enc("text:flygtninge AND text:integration"), 200)),
        "both words in one passage's text: only the UIM report has such a passage");
  }

  @Test
  void sentencesWithPunctuationJustWork() throws Exception {
    assertEquals(List.of(UIM), titles(server.json("/api/search?q=" + enc("Hvad sagde Aalborg om LAB?"), 200)).subList(0, 1));
    server.json("/api/search?q=" + enc("Integrationskonference: Det vigtige samarbejde"), 200);
    server.json("/api/search?q=" + enc("den 10/9 i Odense!"), 200);
  }

  @Test
  void aHitMatchesAContentWordAndStopWordsAreNotMarkedAlone() throws Exception {
    JsonNode sentence = server.json("/api/search?q=" + enc("Aalborg beholde borgere i integrationsteamet") + "&limit=100", 200);
    int withI = server.json("/api/search?q=i", 200).get("total_passages").asInt();
    assertTrue(sentence.get("total_passages").asInt() < withI, "not every passage with an 'i': " + sentence.get("total_passages"));
    assertEquals(UIM, sentence.get("hits").get(0).get("title").asText());
    for (JsonNode hit : sentence.get("hits")) {
      for (JsonNode p : hit.get("passages")) {
        String highlight = p.get("highlight").asText();
        assertFalse(highlight.contains("<mark>i</mark>") || highlight.contains("<mark>I</mark>"), highlight);
        assertTrue(highlight.contains("<mark>"), "each passage matched a content word: " + highlight);
      }
    }
    assertEquals(0, server.json("/api/search?q=" + enc("zzqxw om"), 200).get("total_passages").asInt(),
        "a content word that matches nothing: no stop-word matches");
    assertTrue(server.json("/api/search?q=" + enc("der er"), 200).get("total_passages").asInt() > 0,
        "a query of stop words alone still searches them");
  }

  @Test
  void withoutAQueryEveryPassageTheFiltersKeepNewestFirst() throws Exception {
    JsonNode stats = server.json("/api/stats", 200);
    JsonNode all = server.json("/api/search", 200);
    assertEquals(stats.get("passages").asInt(), all.get("total_passages").asInt(), "no q: every passage");
    assertEquals(stats.get("reports").asInt(), all.get("total_files").asInt());
    assertEquals("date", all.get("sort").asText(), "browsing lists the newest first");
    assertEquals(UIM, all.get("hits").get(0).get("title").asText(), "the dated report before the undated one");
    assertEquals(all.get("total_passages"), server.json("/api/search?q=", 200).get("total_passages"));

    JsonNode faxe = server.json("/api/search?organiser=" + enc("Faxe Kommune"), 200);
    assertEquals(List.of(FAXE), titles(faxe), "filters alone browse");
    assertTrue(faxe.get("facets").get("organiser").has("Faxe Kommune"), faxe.get("facets").toString());
    assertTrue(faxe.get("hits").get(0).get("passages").get(0).get("highlight").asText().indexOf("<mark>") < 0,
        "nothing to mark");
  }

  @Test
  void searchErrorsAre400WithAMessage() throws Exception {
    String[][] cases = {
        {"/api/search?q=" + enc("(integration"), "closing parenthesis"},
        {"/api/search?q=" + enc("integration)"), "near character"},
        {"/api/search?q=AND", "AND/OR/NOT"},
        {"/api/search?q=" + "x".repeat(1001), "1000"},
        {"/api/search?q=" + enc("*ration"), "cannot start with"},
        {"/api/search?q=" + enc("felt:værdi"), "unknown field"},
        {"/api/search?q=a&limit=0", "limit"},
        {"/api/search?q=a&limit=101", "limit"},
        {"/api/search?q=a&limit=abc", "whole number"},
        {"/api/search?q=a&offset=-1", "offset"},
        {"/api/search?q=a&offset=10001", "offset"},
        {"/api/search?q=a&sort=alfabetisk", "relevance or date"},
        {"/api/search?q=a&cursor=bm9wZQ", "cursor"},
        {"/api/search?q=a&cursor=x&offset=5", "either offset or cursor"},
        {"/api/search?q=a&year=19", "four digits"},
        {"/api/search?q=a&from=10-09-2019", "yyyy-mm-dd"},
        {"/api/search?q=a&from=2020&to=2019", "after"},
        {"/api/search?q=a&munincipality=Aalborg", "unknown parameter munincipality"},
        {"/api/search?q=a&q=b", "once"},
    };
    for (String[] c : cases) {
      JsonNode error = server.json(c[0], 400);
      assertTrue(c[0].length() < 200 || error.get("message").asText().length() < 300, "messages stay short");
      assertTrue(error.get("error").asText().matches("bad_request|invalid_query"), c[0] + " " + error);
      assertTrue(error.get("message").asText().contains(c[1]), c[0] + " → " + error.get("message").asText());
      if (error.get("error").asText().equals("invalid_query")) {
        // the page shows the Danish wording; it names the same problem, not a generic "error"
        String danish = error.path("message_da").asText();
        assertTrue(danish.matches("(?s).*(søgning|sortering|periode|side|felt|ord|tegn).*"), c[0] + " → " + error);
      } else {
        assertTrue(error.path("message_da").isMissingNode(), "only what a person typed is said in Danish: " + error);
      }
    }
  }

  @Test
  void aQuoteNeverClosedIsReadAsPlainWordsWithANote() throws Exception {
    JsonNode unclosed = server.json("/api/search?q=" + enc("\"frivillige i Faxe"), 200);
    JsonNode plain = server.json("/api/search?q=" + enc("frivillige i Faxe"), 200);
    assertEquals(plain.get("total_passages"), unclosed.get("total_passages"), "the same words, searched one by one");
    assertTrue(unclosed.get("total_passages").asInt() > 0, unclosed.toString());
    assertEquals("unclosed_quote", unclosed.get("notes").get(0).get("code").asText(), unclosed.get("notes").toString());
    assertTrue(unclosed.get("notes").get(0).get("message_da").asText().contains("ikke lukket"));
    assertEquals(0, plain.get("notes").size(), "a query read as written has no notes");
    assertEquals(0, server.json("/api/search?q=" + enc("\"frivillige i Faxe\""), 200).get("notes").size());
    assertEquals(0, server.json("/api/search?q=" + enc("\\\"frivillige"), 200).get("notes").size(),
        "an escaped quote opens no phrase");
  }

  @Test
  void queryCostLimits() throws Exception {
    String many = String.join(" ", java.util.stream.IntStream.range(0, 101).mapToObj(i -> "ord" + i).toList());
    assertTrue(server.json("/api/search?q=" + enc(many), 400).get("message").asText().contains("at most 100"));
    // "a*" is allowed here because this small corpus has few words starting with a.
    server.json("/api/search?q=" + enc("a*"), 200);
  }

  @Test
  void atMostTenFuzzyTermsAQuery() throws Exception {
    String ten = String.join(" ", java.util.Collections.nCopies(10, "sprogundervisnig~"));
    assertTrue(server.json("/api/search?q=" + enc(ten), 200).get("total").asInt() > 0, "ten are fine and find");
    // the eleventh, here limited to one field, is one too many
    JsonNode error = server.json("/api/search?q=" + enc(ten + " title:integration~1"), 400);
    assertEquals("invalid_query", error.get("error").asText());
    String message = error.get("message").asText();
    assertTrue(message.contains("more than 10 fuzzy terms") && message.contains("at most 10"), message);
    // a bomb of 70 is refused as quickly, before any term dictionary is walked
    String bomb = String.join(" ", java.util.Collections.nCopies(70, "kommune~2"));
    assertTrue(server.json("/api/search?q=" + enc(bomb), 400).get("message").asText().contains("fuzzy terms"));
    // misspelled words the server widens by itself do not count: eleven unknown words still search
    String misspelled = String.join(" ", java.util.Collections.nCopies(11, "frivilige"));
    server.json("/api/search?q=" + enc(misspelled), 200);
  }

  @Test
  void danishWordFormsFindTheRightPassageFirst() throws Exception {
    String[][] cases = {
        {"fædre", "minoritetsfædres"},            // irregular plural, inside a compound
        {"mødre", "bydelsmor"},                   // irregular plural of the compound's head
        {"teater", "teaterforestilling"},         // a part of a compound
        {"Ålborg", "Aalborg Kommune"},            // old spelling
        {"Larsen", "Thomas Kastrup-Larsen"},      // one part of a hyphenated name
        {"Kastrup-Larsen", "Thomas Kastrup-Larsen"},
        {"udlændingeminister", "udlændinge- og integrationsminister"}, // elided coordination
        {"sprogundervisnig", "sprogundervisning"}, // misspelled
    };
    for (String[] c : cases) {
      JsonNode body = server.json("/api/search?q=" + enc(c[0]), 200);
      String top = body.get("hits").get(0).get("passages").get(0).get("text").asText();
      assertTrue(top.contains(c[1]), c[0] + " → " + top);
    }
  }

  @Test
  void aPartMatchMarksTheWholeCompound() throws Exception {
    JsonNode body = server.json("/api/search?q=teater", 200);
    String highlight = body.get("hits").get(0).get("passages").get(0).get("highlight").asText();
    assertTrue(highlight.contains("<mark>teaterforestilling</mark>"), highlight);
  }

  @Test
  void aWholeWordRanksAboveAPartOfACompound() throws Exception {
    JsonNode body = server.json("/api/search?q=undervisning", 200);
    assertTrue(body.get("hits").get(0).get("passages").get(0).get("text").asText().contains("undervisningen"),
        "the passage with the word itself first");
    assertTrue(body.toString().contains("<mark>sprogundervisning</mark>"), "and the compound too");
  }

  // ---------------------------------------------------------------- /api/documents

  @Test
  void documentHasFullTextMetadataAndPassagesInOrder() throws Exception {
    String id = server.json("/api/search?q=frivillige", 200).get("hits").get(0).get("id").asText();
    JsonNode doc = server.json("/api/documents/" + id, 200);
    assertEquals(FAXE, doc.get("title").asText());
    assertEquals("Faxe Kommune", doc.get("organiser").asText());
    assertEquals("Kultunariet, Haslev", doc.get("place").asText());
    assertEquals("text/plain; charset=UTF-8", doc.get("media_type").asText());
    String text = doc.get("text").asText();
    assertFalse(text.startsWith("Du er her"));
    JsonNode passages = doc.get("passages");
    assertEquals(11, passages.size());
    for (int i = 0; i < passages.size(); i++) {
      JsonNode p = passages.get(i);
      assertEquals(i, p.get("ordinal").asInt());
      assertEquals(p.get("text").asText(), text.substring(p.get("start").asInt(), p.get("end").asInt()));
    }
    assertTrue(doc.get("people").toString().contains("Kasper Sonne"));
    assertTrue(doc.get("municipalities").toString().contains("Faxe"));
  }

  @Test
  void passageIdsLeadToTheirReport() throws Exception {
    String passageId = server.json("/api/search?q=frivillige", 200).get("hits").get(0).get("passages").get(0).get("id").asText();
    assertEquals(FAXE, server.json("/api/documents/" + passageId, 200).get("title").asText());
  }

  @Test
  void unknownDocumentIs404() throws Exception {
    JsonNode error = server.json("/api/documents/findesikke", 404);
    assertEquals("not_found", error.get("error").asText());
    assertTrue(error.get("message").asText().contains("findesikke"));
  }

  // ---------------------------------------------------------------- /api/suggest

  @Test
  void suggestCompletesNamesTitlesAndWords() throws Exception {
    JsonNode kas = server.json("/api/suggest?q=kas", 200);
    assertEquals("Kasper Sonne", kas.get("suggestions").get(0).get("text").asText());
    assertEquals("person", kas.get("suggestions").get(0).get("kind").asText());
    assertTrue(kas.get("suggestions").get(0).get("count").asInt() >= 3);

    JsonNode samar = server.json("/api/suggest?q=samar", 200);
    assertTrue(samar.get("suggestions").toString().contains(FAXE), "a title by one of its words: " + samar);

    JsonNode roskilde = server.json("/api/suggest?q=roskilde", 200);
    assertEquals("Roskilde Universitet", roskilde.get("suggestions").get(0).get("text").asText());

    JsonNode word = server.json("/api/suggest?q=integrationsi&limit=3", 200);
    assertTrue(word.get("suggestions").toString().contains("integrationsindsatsen"), word.toString());
    assertTrue(word.get("suggestions").size() <= 3);

    JsonNode oldSpelling = server.json("/api/suggest?q=" + enc("Ålb"), 200);
    assertTrue(oldSpelling.get("suggestions").toString().contains("\"Aalborg"), "Ålb completes Aalborg: " + oldSpelling);
    for (JsonNode s : kas.get("suggestions")) {
      assertFalse(s.get("kind").asText().equals("term") && s.get("text").asText().equalsIgnoreCase("kasper"),
          "not the first name again beside the whole name: " + kas);
    }
  }

  @Test
  void suggestErrors() throws Exception {
    server.json("/api/suggest", 400);
    server.json("/api/suggest?q=" + "a".repeat(101), 400);
    server.json("/api/suggest?q=a&limit=21", 400);
    assertEquals(0, server.json("/api/suggest?q=zzzzq", 200).get("suggestions").size());
  }

  // ---------------------------------------------------------------- /api/analyze

  @Test
  void analyzeShowsTermsPositionsAndOffsets() throws Exception {
    JsonNode tokens = server.json("/api/analyze?text=" + enc("Flygtningene i Ålborg"), 200).get("tokens");
    assertEquals(3, tokens.size(), "stop words are kept");
    assertEquals("flygtning", tokens.get(0).get("term").asText());
    assertEquals(0, tokens.get(0).get("position").asInt());
    assertEquals(0, tokens.get(0).get("start").asInt());
    assertEquals(12, tokens.get(0).get("end").asInt());
    assertEquals("ålborg", tokens.get(2).get("term").asText());
    assertEquals(2, tokens.get(2).get("position").asInt());
    assertEquals(15, tokens.get(2).get("start").asInt());
    assertEquals(server.json("/api/analyze?text=Aalborg", 200).get("tokens").get(0).get("term").asText(), "ålborg");
    JsonNode compound = server.json("/api/analyze?text=sprogundervisningen", 200).get("tokens");
    assertEquals("sprogundervisning", compound.get(0).get("term").asText());
    assertFalse(compound.get(0).get("part").asBoolean());
    assertEquals("undervisning", compound.get(2).get("term").asText());
    assertTrue(compound.get(2).get("part").asBoolean());
    assertEquals(1, server.json("/api/analyze?as=query&text=sprogundervisningen", 200).get("tokens").size(),
        "a query keeps the compound whole");
    server.json("/api/analyze?as=both&text=x", 400);
    server.json("/api/analyze", 400);
    server.json("/api/analyze?text=" + "a".repeat(5_001), 400);
  }

  // ---------------------------------------------------------------- /api/stats, /health, docs

  @Test
  void statsCountReportsAndPassagesPerConferenceAndYear() throws Exception {
    JsonNode stats = server.json("/api/stats", 200);
    assertEquals(2, stats.get("reports").asInt());
    assertEquals(20, stats.get("passages").asInt());
    assertEquals(1, stats.get("conferences").get("Integrationstræf").get("reports").asInt());
    assertEquals(9, stats.get("conferences").get("Integrationstræf").get("passages").asInt());
    assertEquals(11, stats.get("conferences").get("Faxe Kommunes integrationskonference").get("passages").asInt());
    assertEquals(1, stats.get("years").get("2019").get("reports").asInt());
    assertEquals(9, stats.get("years").get("2019").get("passages").asInt());
    assertFalse(stats.get("index_commit").asText().isBlank());
    assertTrue(stats.get("indexed_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"));
  }

  @Test
  void healthSaysOk() throws Exception {
    JsonNode health = server.json("/health", 200);
    assertEquals("ok", health.get("status").asText());
    assertEquals(2, health.get("reports").asInt());
  }

  @Test
  void openApiDocumentDescribesEveryEndpoint() throws Exception {
    JsonNode openapi = server.json("/openapi.json", 200);
    assertTrue(openapi.get("openapi").asText().startsWith("3."));
    Set<String> documented = new TreeSet<>();
    openapi.get("paths").fieldNames().forEachRemaining(documented::add);
    Set<String> served = new TreeSet<>();
    server.routes().stream().filter(r -> r.startsWith("/api/") || r.equals("/health")).forEach(served::add);
    assertEquals(served, documented, "every route in /openapi.json, and nothing else");
    assertTrue(served.containsAll(List.of("/api/search", "/api/documents/{id}", "/api/documents/{id}/related",
        "/api/export", "/api/trends", "/api/kwic", "/api/entities", "/api/suggest", "/api/analyze", "/api/stats", "/health")));
    for (String path : documented) {
      JsonNode get = openapi.get("paths").get(path).get("get");
      assertTrue(get.get("responses").has("200"), path);
      assertTrue(get.get("x-examples").get(0).asText().startsWith("curl "), path + " has a curl example");
    }
    HttpResponse<String> docs = server.get("/docs");
    assertEquals(200, docs.statusCode());
    assertTrue(docs.headers().firstValue("content-type").orElse("").startsWith("text/html"));
  }

  /**
   * The parameters /openapi.json lists for an endpoint are exactly those it takes: each
   * endpoint refuses an unknown parameter with a message that names the ones it knows.
   */
  @Test
  void openApiListsTheParametersEachEndpointTakes() throws Exception {
    JsonNode openapi = server.json("/openapi.json", 200);
    String passage = server.json("/api/search?q=frivillige", 200).get("hits").get(0).get("passages").get(0).get("id").asText();
    Iterator<String> paths = openapi.get("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      if (!path.startsWith("/api/")) {
        continue;
      }
      Set<String> documented = new TreeSet<>();
      for (JsonNode parameter : openapi.get("paths").get(path).get("get").path("parameters")) {
        JsonNode p = parameter.has("$ref") ? resolve(openapi, parameter.get("$ref").asText()) : parameter;
        if (p.get("in").asText().equals("query")) {
          documented.add(p.get("name").asText());
        } else {
          assertEquals("path", p.get("in").asText());
          assertTrue(path.contains("{" + p.get("name").asText() + "}"), path);
        }
      }
      String message = server.json(path.replace("{id}", passage) + "?zz_unknown=1", 400).get("message").asText();
      Set<String> accepted = new TreeSet<>();
      if (!message.endsWith("takes no parameters")) {
        accepted.addAll(List.of(message.substring(message.indexOf("this endpoint takes ") + 20).split(", ")));
      }
      assertEquals(accepted, documented, path);
    }
  }

  private static JsonNode resolve(JsonNode openapi, String ref) {
    JsonNode node = openapi;
    for (String part : ref.substring(2).split("/")) {
      node = node.get(part);
    }
    return node;
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/docs", "/app.js", "/trends.js", "/vendor/chartjs/dist/chart.umd.min.js",
        "/openapi.json", "/api/search?q=a", "/api/search", "/api/nothing", "/health", "/ingen-side")) {
      HttpResponse<String> response = server.get(path);
      assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
          response.headers().firstValue("content-security-policy").orElse(null), path);
      assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(null), path);
      assertEquals("DENY", response.headers().firstValue("x-frame-options").orElse(null), path);
      assertEquals("no-referrer", response.headers().firstValue("referrer-policy").orElse(null), path);
    }
    // the policy itself: scripts and styles only from the server, no plug-ins, no framing
    for (String directive : List.of("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")) {
      assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains(directive), directive);
    }
    assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("unsafe-inline"), "no inline script or style");
  }

  @Test
  void unknownPathsAre404() throws Exception {
    assertEquals("not_found", server.json("/api/nothing", 404).get("error").asText());
    HttpResponse<String> page = server.get("/ingen-side");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("Siden findes ikke"));
  }
}
