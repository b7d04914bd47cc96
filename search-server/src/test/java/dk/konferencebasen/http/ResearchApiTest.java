package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.testing.Csv;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researchers' endpoints (export, trends, concordance, entities, related) on the seed
 * corpus, over real HTTP. Expected counts were made by reading the two seed texts; where a
 * test can, it also derives them from the stored passages (GET /api/documents) by a route that
 * shares no code with the endpoint under test, so a wrong count cannot agree with itself.
 *
 * <p>The seed corpus: the UIM report (Integrationstræf 2019, 9 passages) and the undated Faxe
 * report (11 passages). "frivillige" is in Faxe passages 1 and 9; "flygtning" in UIM passages 1
 * and 7 and Faxe passage 3; "kommune" (kommune, kommunen, kommunens, kommuner, kommunerne) 13
 * times in 8 passages; every passage matches "integration" (the reports' titles are compounds
 * of it).
 */
class ResearchApiTest {
  static final String UIM = "10a243cfb89f2bd3";
  static final String FAXE = "394d555488b24fac";
  static final String FAXE_TITLE = "Integrationskonference: Det vigtige samarbejde på tværs";
  static final String FAXE_CONFERENCE = "Faxe Kommunes integrationskonference";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KOMMUNE = Pattern.compile("(?i)\\bkommun(?:e|en|ens|er|erne)\\b");

  @TempDir static Path tmp;
  static TestServer server;
  /** Passage id → the passage as GET /api/documents gives it. */
  static Map<String, JsonNode> passages;

  @BeforeAll
  static void start() throws Exception {
    TestIndex.index(TestIndex.copyOfCorpus(tmp), tmp.resolve("index"));
    server = TestServer.start(tmp.resolve("index"));
    passages = new LinkedHashMap<>();
    for (String report : List.of(UIM, FAXE)) {
      server.json("/api/documents/" + report, 200).get("passages").forEach(p -> passages.put(p.get("id").asText(), p));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String text(String passageId) {
    return passages.get(passageId).get("text").asText();
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
    return out;
  }

  // ---------------------------------------------------------------- /api/trends

  @Test
  void trendsCountMatchingAndAllPassagesPerYear() throws Exception {
    JsonNode t = server.json("/api/trends?q=frivillige", 200);
    assertEquals("year", t.get("by").asText(), "year is the default");
    assertEquals(2, t.get("passages").asInt());
    assertEquals(1, t.get("reports").asInt());
    assertEquals(20, t.get("all_passages").asInt());
    assertEquals(2, t.get("all_reports").asInt());
    JsonNode buckets = t.get("buckets");
    assertEquals(1, buckets.size(), "only the UIM report has a year");
    JsonNode y2019 = buckets.get(0);
    assertEquals("2019", y2019.get("value").asText());
    assertEquals(0, y2019.get("passages").asInt());
    assertEquals(0, y2019.get("reports").asInt());
    assertEquals(9, y2019.get("all_passages").asInt());
    assertEquals(1, y2019.get("all_reports").asInt());
    assertEquals(0.0, y2019.get("passage_share").asDouble());
    JsonNode undated = t.get("without_value");
    assertTrue(undated.get("value").isNull());
    assertEquals(2, undated.get("passages").asInt(), "the volunteers are in the undated Faxe report");
    assertEquals(1, undated.get("reports").asInt());
    assertEquals(11, undated.get("all_passages").asInt());
    assertEquals(2.0 / 11, undated.get("passage_share").asDouble(), 1e-12);
    assertEquals(1.0, undated.get("report_share").asDouble());
  }

  @Test
  void trendsPerConferenceGiveTheShareOfEachConferencesPassages() throws Exception {
    JsonNode t = server.json("/api/trends?q=flygtninge&by=conference", 200);
    assertEquals(3, t.get("passages").asInt());
    assertEquals(2, t.get("reports").asInt());
    JsonNode buckets = t.get("buckets");
    assertEquals(List.of(FAXE_CONFERENCE, "Integrationstræf"), values(buckets, "value"), "alphabetical");
    assertEquals(1, buckets.get(0).get("passages").asInt());
    assertEquals(11, buckets.get(0).get("all_passages").asInt());
    assertEquals(1.0 / 11, buckets.get(0).get("passage_share").asDouble(), 1e-12);
    assertEquals(2, buckets.get(1).get("passages").asInt());
    assertEquals(9, buckets.get(1).get("all_passages").asInt());
    assertEquals(2.0 / 9, buckets.get(1).get("passage_share").asDouble(), 1e-12);
    assertEquals(0, t.get("without_value").get("all_passages").asInt(), "every report has a conference");
    // The same counts by another route: the search's own passage total under a conference filter.
    for (JsonNode bucket : buckets) {
      JsonNode search = server.json("/api/search?q=flygtninge&conference=" + enc(bucket.get("value").asText()), 200);
      assertEquals(search.get("total_passages").asInt(), bucket.get("passages").asInt(), bucket.toString());
    }
  }

  @Test
  void trendsCountWithinTheFilters() throws Exception {
    JsonNode faxe = server.json("/api/trends?q=flygtninge&organiser=" + enc("Faxe Kommune"), 200);
    assertEquals(1, faxe.get("passages").asInt());
    assertEquals(11, faxe.get("all_passages").asInt(), "all = the passages the filters let through");
    assertEquals(0, faxe.get("buckets").size());
    assertEquals(1, faxe.get("without_value").get("passages").asInt());

    JsonNode byOrganiser = server.json("/api/trends?q=kommune&by=organiser&year=2019", 200);
    assertEquals(List.of("Udlændinge- og Integrationsministeriet og KL"), values(byOrganiser.get("buckets"), "value"));
    assertEquals(2, byOrganiser.get("buckets").get(0).get("passages").asInt());
    assertEquals(9, byOrganiser.get("buckets").get(0).get("all_passages").asInt());
  }

  // ---------------------------------------------------------------- /api/kwic

  @Test
  void kwicShowsEachOccurrenceWithItsContext() throws Exception {
    JsonNode k = server.json("/api/kwic?q=frivillige&width=30", 200);
    assertEquals(2, k.get("total_occurrences").asInt());
    assertEquals(2, k.get("matching_passages").asInt());
    assertEquals(2, k.get("passages_with_occurrences").asInt());
    assertFalse(k.get("truncated").asBoolean());
    assertEquals(List.of(FAXE + "-p001", FAXE + "-p009"), values(k.get("lines"), "passage_id"), "report order");
    assertEquals("report", k.get("sort").asText(), "the default");
    for (JsonNode line : k.get("lines")) {
      String text = text(line.get("passage_id").asText());
      int at = text.indexOf("frivillige");
      assertEquals(at, line.get("start").asInt());
      assertEquals(at + "frivillige".length(), line.get("end").asInt());
      assertEquals("frivillige", line.get("keyword").asText());
      assertEquals(text.substring(Math.max(0, at - 30), at).replaceAll("\\s+", " "), line.get("left").asText());
      assertEquals(text.substring(at + 10, Math.min(text.length(), at + 40)).replaceAll("\\s+", " "),
          line.get("right").asText());
      assertEquals(FAXE, line.get("report_id").asText());
      assertEquals(FAXE_TITLE, line.get("title").asText());
      assertEquals(FAXE_CONFERENCE, line.get("conference").asText());
    }
    assertEquals("sentanter fra kommunens mange ", k.get("lines").get(0).get("left").asText());
    assertEquals(", som bidrager til integration", k.get("lines").get(1).get("right").asText());
  }

  @Test
  void kwicFindsEveryFormOfTheWord() throws Exception {
    // Counted in the stored texts with a pattern of the word's forms: 13 occurrences in 8 passages.
    Set<String> expected = new TreeSet<>();
    Set<String> passagesWithIt = new HashSet<>();
    passages.forEach((id, p) -> {
      Matcher m = KOMMUNE.matcher(p.get("text").asText());
      while (m.find()) {
        expected.add(id + "@" + m.start() + "-" + m.end());
        passagesWithIt.add(id);
      }
    });
    assertEquals(13, expected.size());
    assertEquals(8, passagesWithIt.size());

    JsonNode k = server.json("/api/kwic?q=kommune&limit=1000", 200);
    assertEquals(13, k.get("total_occurrences").asInt());
    assertEquals(8, k.get("passages_with_occurrences").asInt());
    assertEquals(8, k.get("matching_passages").asInt());
    Set<String> found = new TreeSet<>();
    k.get("lines").forEach(l -> found.add(l.get("passage_id").asText() + "@" + l.get("start").asInt() + "-" + l.get("end").asInt()));
    assertEquals(expected, found);
  }

  @Test
  void kwicShowsPhrasesAndCompoundsAsTheTextHasThem() throws Exception {
    JsonNode phrase = server.json("/api/kwic?q=" + enc("\"Kasper Sonne\""), 200);
    assertEquals(4, phrase.get("total_occurrences").asInt(), "one occurrence per phrase, not per word");
    phrase.get("lines").forEach(l -> assertEquals("Kasper Sonne", l.get("keyword").asText()));
    assertEquals(8, server.json("/api/kwic?q=" + enc("Kasper Sonne"), 200).get("total_occurrences").asInt(),
        "without quotes each word is an occurrence of its own");

    JsonNode part = server.json("/api/kwic?q=undervisning", 200);
    assertEquals(List.of("sprogundervisning", "sprogundervisning", "undervisningen", "undervisningen"),
        values(part.get("lines"), "keyword").stream().sorted().toList(), "a part match shows the whole compound");
  }

  @Test
  void kwicSortsByTheWordsBeforeReadingLeftwards() throws Exception {
    JsonNode k = server.json("/api/kwic?q=kommune&sort=left&limit=1000", 200);
    assertEquals("left", k.get("sort").asText());
    List<String> before = new ArrayList<>();
    for (JsonNode line : k.get("lines")) {
      before.add(lastWord(line.get("left").asText()));
    }
    // Danish order: "Aalborg" is spelt with the letter å, the last of the alphabet.
    assertEquals(List.of("Esbjerg", "Faxe", "Faxe", "Faxe", "Faxe", "fra", "i", "i", "i", "i", "til", "to", "Aalborg"), before);
    // Ties go to the next word leftwards: "… borger i", "… faggrupper i", "… foreningslivet i", "… integrationsområdet i".
    List<String> second = new ArrayList<>();
    for (JsonNode line : k.get("lines")) {
      if (lastWord(line.get("left").asText()).equals("i")) {
        String[] words = line.get("left").asText().strip().split("\\s+");
        second.add(words[words.length - 2]);
      }
    }
    assertEquals(List.of("borger", "faggrupper", "foreningslivet", "integrationsområdet"), second);
  }

  @Test
  void kwicSortsByTheWordsAfter() throws Exception {
    JsonNode k = server.json("/api/kwic?q=kommune&sort=right&limit=1000", 200);
    List<String> after = new ArrayList<>();
    for (JsonNode line : k.get("lines")) {
      after.add(firstWord(line.get("right").asText()));
    }
    // Three occurrences end their passage ("… Faxe Kommune.", "… i kommunen.", "… to kommuner."): nothing after comes first.
    assertEquals(List.of("", "", "", "Derfor", "Faxe", "har", "indviede", "mange", "Og", "og", "som", "var", "var"), after);
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
    danish.setStrength(Collator.SECONDARY);
    for (int i = 1; i < after.size(); i++) {
      assertTrue(danish.compare(after.get(i - 1), after.get(i)) <= 0, after.toString());
    }
  }

  @Test
  void kwicPagesAndWidth() throws Exception {
    JsonNode all = server.json("/api/kwic?q=kommune&sort=keyword&limit=1000", 200);
    List<String> keywords = values(all.get("lines"), "keyword");
    assertEquals(List.of("Kommune", "Kommune", "Kommune", "Kommune", "Kommune", "Kommune", "kommunen", "kommunen",
        "kommunen", "kommunen", "kommunens", "kommuner", "kommunerne"), keywords);
    List<JsonNode> paged = new ArrayList<>();
    for (int offset = 0; offset < 13; offset += 5) {
      JsonNode page = server.json("/api/kwic?q=kommune&sort=keyword&limit=5&offset=" + offset, 200);
      assertEquals(13, page.get("total_occurrences").asInt());
      page.get("lines").forEach(paged::add);
    }
    assertEquals(all.get("lines").toString(), JSON.valueToTree(paged).toString());
    JsonNode narrow = server.json("/api/kwic?q=frivillige&width=0", 200).get("lines").get(0);
    assertEquals("", narrow.get("left").asText());
    assertEquals("", narrow.get("right").asText());
    assertEquals(0, server.json("/api/kwic?q=frivillige&offset=2", 200).get("lines").size());
  }

  private static String lastWord(String left) {
    String[] words = left.strip().split("[^\\p{L}\\p{N}-]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static String firstWord(String right) {
    for (String word : right.strip().split("[^\\p{L}\\p{N}-]+")) {
      if (!word.isEmpty()) {
        return word;
      }
    }
    return "";
  }

  // ---------------------------------------------------------------- /api/entities

  @Test
  void entitiesCountThePassagesAndReportsNamingEachPerson() throws Exception {
    assertEquals(20, server.json("/api/search", 200).get("total_passages").asInt(), "no q: all passages");
    // Expected, from the stored names of every passage.
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> pairs = new TreeMap<>();
    int named = 0;
    for (JsonNode p : passages.values()) {
      List<String> people = new ArrayList<>();
      p.get("people").forEach(n -> people.add(n.asText()));
      named += people.isEmpty() ? 0 : 1;
      people.forEach(n -> counts.merge(n, 1, Integer::sum));
      for (String a : people) {
        for (String b : people) {
          if (a.compareTo(b) < 0) {
            pairs.merge(a + " + " + b, 1, Integer::sum);
          }
        }
      }
    }
    assertEquals(11, counts.size());
    assertEquals(7, pairs.size());

    JsonNode e = server.json("/api/entities?type=person&limit=100&pairs=100", 200);
    assertEquals("person", e.get("type").asText());
    assertEquals(20, e.get("matching_passages").asInt());
    assertEquals(11, e.get("passages_with_entities").asInt());
    assertEquals(named, e.get("passages_with_entities").asInt());
    assertEquals(11, e.get("distinct_values").asInt());
    Map<String, Integer> found = new TreeMap<>();
    e.get("entities").forEach(n -> found.put(n.get("value").asText(), n.get("passages").asInt()));
    assertEquals(counts, found);
    assertEquals("Kasper Sonne", e.get("entities").get(0).get("value").asText());
    assertEquals(4, e.get("entities").get(0).get("passages").asInt());
    assertEquals(1, e.get("entities").get(0).get("reports").asInt());
    assertEquals("Thomas Kastrup-Larsen", e.get("entities").get(1).get("value").asText());
    assertEquals(2, e.get("entities").get(1).get("passages").asInt());
    Map<String, Integer> foundPairs = new TreeMap<>();
    e.get("pairs").forEach(p -> {
      String a = p.get("a").asText();
      String b = p.get("b").asText();
      foundPairs.put(a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a, p.get("passages").asInt());
    });
    assertEquals(pairs, foundPairs);
    assertFalse(e.get("pairs_truncated").asBoolean());
  }

  @Test
  void entitiesObeyFiltersAndLimits() throws Exception {
    JsonNode uim = server.json("/api/entities?type=person&year=2019&limit=100", 200);
    assertEquals(9, uim.get("distinct_values").asInt(), "the nine people of the UIM report");
    assertEquals(9, uim.get("matching_passages").asInt());
    assertFalse(uim.get("entities").toString().contains("Kasper Sonne"));
    JsonNode top = server.json("/api/entities?type=person&limit=1&pairs=0", 200);
    assertEquals(List.of("Kasper Sonne"), values(top.get("entities"), "value"));
    assertEquals(0, top.get("pairs").size());
    assertEquals(11, top.get("distinct_values").asInt(), "counted before the top is taken");

    JsonNode places = server.json("/api/entities?type=municipality", 200);
    assertEquals("Faxe", places.get("entities").get(0).get("value").asText());
    assertEquals(2, places.get("entities").get(0).get("passages").asInt());
    assertEquals(1, places.get("entities").get(0).get("reports").asInt());
    assertEquals(4, places.get("distinct_values").asInt());
    assertEquals(1, places.get("pairs").size(), "Aalborg and Esbjerg in one passage");
    assertEquals(Set.of("Aalborg", "Esbjerg"), Set.of(places.get("pairs").get(0).get("a").asText(),
        places.get("pairs").get(0).get("b").asText()));

    JsonNode organisations = server.json("/api/entities?q=sprogundervisning&type=organisation", 200);
    assertEquals(2, organisations.get("matching_passages").asInt());
    assertEquals(List.of("Faxe Jobcenter"), values(organisations.get("entities"), "value"));
  }

  // ---------------------------------------------------------------- /api/documents/{id}/related

  @Test
  void relatedFindsPassagesOfOtherReportsThatShareItsDistinctiveWords() throws Exception {
    JsonNode r = server.json("/api/documents/" + FAXE + "-p002/related?limit=100", 200);
    assertEquals(FAXE + "-p002", r.get("id").asText());
    assertEquals(FAXE, r.get("report_id").asText());
    List<String> terms = new ArrayList<>();
    r.get("terms").forEach(t -> terms.add(t.asText()));
    assertFalse(terms.isEmpty());
    terms.forEach(t -> assertTrue(t.charAt(0) != TokenTypes.PART_MARKER, "no compound parts: " + terms));
    assertTrue(terms.contains("sprogundervisning"), terms.toString());

    // Which UIM passages contain one of those words, by the analyzer's own account of each text.
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Map.Entry<String, JsonNode> p : passages.entrySet()) {
      if (!p.getKey().startsWith(UIM)) {
        continue;
      }
      Set<String> shared = new HashSet<>(wholeWordTerms(p.getValue().get("text").asText()));
      shared.retainAll(terms);
      if (!shared.isEmpty()) {
        expected.put(p.getKey(), shared);
      }
    }
    assertEquals(Set.of(UIM + "-p000", UIM + "-p001", UIM + "-p002", UIM + "-p003"), expected.keySet());
    assertEquals(4, r.get("total").asInt());
    Map<String, Set<String>> found = new TreeMap<>();
    for (JsonNode hit : r.get("hits")) {
      Set<String> shared = new HashSet<>();
      hit.get("shared_terms").forEach(t -> shared.add(t.asText()));
      found.put(hit.get("id").asText(), shared);
      assertEquals(UIM, hit.get("report_id").asText());
      assertEquals("Integrationstræf 2019", hit.get("title").asText());
      assertEquals(2019, hit.get("year").asInt());
      assertTrue(text(hit.get("id").asText()).strip().replaceAll("\\s+", " ").startsWith(
          hit.get("excerpt").asText().replace(" …", "")), hit.get("excerpt").asText());
    }
    assertEquals(expected, found);
    // for people: the words as the passage writes them, each a word of its text
    List<String> words = new ArrayList<>();
    r.get("words").forEach(w -> words.add(w.asText()));
    assertEquals(terms.size(), words.size(), words.toString());
    String source = text(FAXE + "-p002");
    words.forEach(w -> assertTrue(source.contains(w), w + " is written in the passage"));
    for (JsonNode hit : r.get("hits")) {
      hit.get("shared_words").forEach(w -> assertTrue(words.contains(w.asText()), w.asText()));
    }
    List<Double> scores = new ArrayList<>();
    r.get("hits").forEach(h -> scores.add(h.get("score").asDouble()));
    assertEquals(scores.stream().sorted((a, b) -> Double.compare(b, a)).toList(), scores, "best first");
  }

  @Test
  void relatedOfAReportAndWithFilters() throws Exception {
    JsonNode report = server.json("/api/documents/" + FAXE + "/related?limit=100", 200);
    assertTrue(report.get("hits").size() > 0);
    report.get("hits").forEach(h -> assertEquals(UIM, h.get("report_id").asText(), "never the report itself"));
    assertEquals(0, server.json("/api/documents/" + FAXE + "-p002/related?organiser=" + enc("Faxe Kommune"), 200)
        .get("total").asInt(), "the only other report is filtered away");
    assertEquals(2, server.json("/api/documents/" + FAXE + "-p002/related?limit=2", 200).get("hits").size());
    JsonNode missing = server.json("/api/documents/findesikke/related", 404);
    assertEquals("not_found", missing.get("error").asText());
  }

  private static List<String> wholeWordTerms(String text) throws Exception {
    List<String> terms = new ArrayList<>();
    server.json("/api/analyze?text=" + enc(text), 200).get("tokens").forEach(t -> {
      if (!t.get("part").asBoolean()) {
        terms.add(t.get("term").asText());
      }
    });
    return terms;
  }

  // ---------------------------------------------------------------- /api/export

  @Test
  void anExportForExcelHasABomSemicolonsDanishColumnsAndNoFormulas() throws Exception {
    HttpResponse<byte[]> response = server.getBytes("/api/export?q=flygtninge&format=excel&fields=id,title,people,text");
    assertEquals(200, response.statusCode());
    byte[] body = response.body();
    assertTrue(body.length > 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF,
        "starts with the UTF-8 byte order mark");
    String text = new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\"afsnit-id\";\"rapport\";\"personer\";\"tekst\"\r\n"), text.substring(0, 80));
    int csvRows = Csv.parse(server.get("/api/export?q=flygtninge&fields=id").body()).size();
    assertEquals(csvRows, text.split("\r\n").length, "the same rows as the plain CSV");
    for (String line : text.split("\r\n")) {
      for (String cell : line.split("\";\"")) {
        String value = cell.replaceFirst("^\"", "");
        assertFalse(!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0, "a cell Excel would read as a formula: " + value);
      }
    }
  }

  @Test
  void exportWritesEveryMatchingPassageAsCsv() throws Exception {
    HttpResponse<String> response = server.get("/api/export?q=frivillige");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/csv; charset=utf-8"));
    String commit = server.json("/api/stats", 200).get("index_commit").asText();
    assertEquals(commit, response.headers().firstValue("x-index-commit").orElse(null));
    assertEquals("attachment; filename=\"konferencebasen-export-commit-" + commit + ".csv\"",
        response.headers().firstValue("content-disposition").orElse(null));
    List<List<String>> rows = Csv.parse(response.body());
    assertEquals(List.of("id", "report_id", "ordinal", "title", "conference", "date", "year", "organiser", "talk_title", "talk_time",
        "speakers", "people", "organisations", "municipalities", "text"), rows.get(0));
    assertEquals(3, rows.size(), "a header and the two passages");
    assertEquals(List.of(FAXE + "-p001", FAXE, "1", FAXE_TITLE, FAXE_CONFERENCE, "", "", "Faxe Kommune", "", "", "", "",
        "", "Faxe", text(FAXE + "-p001")), rows.get(1), "Faxe Kommune is the municipality Faxe, not an organisation too");
    assertEquals(FAXE + "-p009", rows.get(2).get(0));
    assertEquals("Mohammad Mahdi Al-karagholi", rows.get(2).get(11));
    assertEquals(text(FAXE + "-p009"), rows.get(2).get(14));
  }

  @Test
  void exportJoinsSeveralValuesAndKeepsQuotesAndLineBreaksInOneField() throws Exception {
    String body = server.get("/api/export?q=paneldebat&fields=id,people,text").body();
    List<List<String>> rows = Csv.parse(body);
    assertEquals(2, rows.size());
    List<String> people = new ArrayList<>();
    passages.get(UIM + "-p002").get("people").forEach(n -> people.add(n.asText()));
    assertEquals(4, people.size());
    assertEquals(String.join("; ", people), rows.get(1).get(1));
    // Faxe passage 0 opens with its heading line: a line break inside a quoted field.
    List<List<String>> heading = Csv.parse(server.get("/api/export?q=Kultunariet&fields=text").body());
    assertEquals(text(FAXE + "-p000"), heading.get(1).get(0));
    assertTrue(heading.get(1).get(0).contains("\n"));
    // UIM passage 1 has ”quotes”; a plain " would be doubled, which Csv.parse checks.
    assertEquals(text(UIM + "-p001"), Csv.parse(server.get("/api/export?q=landsmøde&fields=text").body()).get(1).get(0));
  }

  @Test
  void exportAsJsonLines() throws Exception {
    HttpResponse<String> response = server.get("/api/export?q=frivillige&format=jsonl&fields=id,year,people,start,end,index_commit");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/x-ndjson"));
    assertTrue(response.headers().firstValue("content-disposition").orElse("").endsWith(".jsonl\""));
    String[] lines = response.body().split("\n");
    assertEquals(2, lines.length);
    assertTrue(response.body().endsWith("\n"));
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      assertEquals(List.of("id", "year", "people", "start", "end", "index_commit"), fieldNames(row));
      JsonNode stored = passages.get(row.get("id").asText());
      assertTrue(row.get("year").isNull());
      assertTrue(row.get("people").isArray());
      assertEquals(stored.get("start").asInt(), row.get("start").asInt());
      assertEquals(stored.get("end").asInt(), row.get("end").asInt());
      assertEquals(response.headers().firstValue("x-index-commit").orElseThrow(), row.get("index_commit").asText());
    }
    assertEquals("Mohammad Mahdi Al-karagholi", JSON.readTree(lines[1]).get("people").get(0).asText());
  }

  @Test
  void exportHasEveryPassageTheSearchCounts() throws Exception {
    for (String query : List.of("q=integration", "q=kommune", "q=flygtninge&year=2019", "q=undervisning",
        "q=integration&person=" + enc("Kasper Sonne"), "q=zzzyyx")) {
      int total = server.json("/api/search?" + query, 200).get("total_passages").asInt();
      List<List<String>> rows = Csv.parse(server.get("/api/export?fields=id&" + query).body());
      assertEquals(total, rows.size() - 1, query);
    }
    assertEquals(21, Csv.parse(server.get("/api/export?fields=id").body()).size(), "no q: all 20 passages");
    // Index order: a report's passages together and in their order.
    List<String> ids = new ArrayList<>();
    Csv.parse(server.get("/api/export?fields=id").body()).stream().skip(1).forEach(r -> ids.add(r.get(0)));
    List<String> faxe = ids.stream().filter(id -> id.startsWith(FAXE)).toList();
    assertEquals(faxe.stream().sorted().toList(), faxe);
  }

  private static List<String> fieldNames(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---------------------------------------------------------------- reproducibility and errors

  @Test
  void everyApiAnswerNamesTheIndexCommitItCameFrom() throws Exception {
    String commit = server.json("/api/stats", 200).get("index_commit").asText();
    assertFalse(commit.isBlank());
    for (String path : List.of("/api/search?q=integration", "/api/documents/" + FAXE, "/api/documents/" + FAXE + "-p002/related",
        "/api/suggest?q=kas", "/api/trends?q=integration", "/api/kwic?q=integration", "/api/entities?q=integration&type=person",
        "/api/stats", "/api/analyze?text=kommune", "/health")) {
      HttpResponse<String> response = server.get(path);
      assertEquals(200, response.statusCode(), path);
      assertEquals(commit, response.headers().firstValue("x-index-commit").orElse(null), path);
      JsonNode body = JSON.readTree(response.body());
      if (!path.startsWith("/api/analyze") && !path.equals("/health")) {
        assertEquals(commit, body.get("index_commit").asText(), path);
      }
    }
    assertEquals(commit, server.get("/api/export?q=integration").headers().firstValue("x-index-commit").orElse(null));
  }

  @Test
  void withoutAQueryTheResearchEndpointsAnswerForTheWholeCorpus() throws Exception {
    int passages = server.json("/api/stats", 200).get("passages").asInt();
    List<List<String>> rows = Csv.parse(server.get("/api/export").body());
    assertEquals(passages + 1, rows.size(), "a header and every passage");
    JsonNode trends = server.json("/api/trends?by=year", 200);
    assertEquals(passages, trends.get("passages").asInt(), "every passage matches");
    assertEquals(trends.get("all_passages"), trends.get("passages"));
    for (JsonNode bucket : trends.get("buckets")) {
      assertEquals(1.0, bucket.get("passage_share").asDouble(), bucket.toString());
    }
    JsonNode people = server.json("/api/entities?type=person&limit=500", 200);
    JsonNode named = server.json("/api/entities?q=" + enc("Mattias Tesfaye") + "&type=person&limit=500", 200);
    assertTrue(people.get("distinct_values").asInt() >= named.get("distinct_values").asInt());
    assertTrue(people.toString().contains("Mattias Tesfaye"), "the most named people of the corpus");
  }

  @Test
  void researchErrorsAre400WithAMessage() throws Exception {
    String[][] cases = {
        {"/api/trends?q=a&by=month", "year, conference or organiser"},
        {"/api/trends?q=a&year=19", "four digits"},
        {"/api/trends?q=a&limit=5", "unknown parameter limit"},
        {"/api/trends?q=" + enc("(integration"), "near character"},
        {"/api/kwic", "q is missing"},
        {"/api/kwic?q=a&width=301", "width"},
        {"/api/kwic?q=a&width=-1", "width"},
        {"/api/kwic?q=a&sort=middle", "report, left, right or keyword"},
        {"/api/kwic?q=a&limit=0", "limit"},
        {"/api/kwic?q=a&limit=1001", "limit"},
        {"/api/kwic?q=a&offset=100001", "offset"},
        {"/api/kwic?q=a&from=2020&to=2019", "after"},
        {"/api/entities?q=a", "type is missing"},
        {"/api/entities?q=a&type=place", "person, organisation or municipality"},
        {"/api/entities?q=a&type=person&limit=501", "limit"},
        {"/api/entities?q=a&type=person&pairs=-1", "pairs"},
        {"/api/entities?q=" + enc("felt:x") + "&type=person", "unknown field"},
        {"/api/export?q=a&format=xml", "csv, excel or jsonl"},
        {"/api/export?q=a&fields=id,titel", "unknown field titel; fields are id, report_id"},
        {"/api/export?q=a&fields=,", "fields names no field"},
        {"/api/export?q=a&munincipality=Aalborg", "unknown parameter munincipality"},
        {"/api/documents/" + FAXE + "/related?limit=0", "limit"},
        {"/api/documents/" + FAXE + "/related?q=a", "unknown parameter q"},
        {"/api/documents/" + FAXE + "?q=a", "takes no parameters"},
        {"/api/stats?verbose=1", "takes no parameters"},
    };
    for (String[] c : cases) {
      JsonNode error = server.json(c[0], 400);
      assertTrue(error.get("error").asText().matches("bad_request|invalid_query"), c[0] + " " + error);
      assertTrue(error.get("message").asText().contains(c[1]), c[0] + " → " + error.get("message").asText());
    }
  }

  @Test
  void everyFilterOfTheSearchWorksOnTheResearchEndpoints() throws Exception {
    Map<String, Integer> expected = new HashMap<>();
    expected.put("conference=" + enc(FAXE_CONFERENCE), 11);
    expected.put("year=2019", 9);
    expected.put("from=2019-09-01&to=2019-09-30", 9);
    expected.put("organiser=" + enc("Faxe Kommune"), 11);
    expected.put("person=" + enc("Kasper Sonne"), 4);
    expected.put("organisation=KL", 2);
    expected.put("municipality=Faxe", 2);
    expected.put("format=txt", 20);
    expected.put("language=da", 20);
    for (Map.Entry<String, Integer> filter : expected.entrySet()) {
      // the filters alone (no q: every passage they keep), and with a word, which the concordance needs
      for (String q : List.of(filter.getKey(), "q=integration&" + filter.getKey())) {
        int n = server.json("/api/search?" + q, 200).get("total_passages").asInt();
        if (!q.startsWith("q=")) {
          assertEquals(filter.getValue(), n, q);
        } else {
          assertEquals(n, server.json("/api/kwic?" + q, 200).get("matching_passages").asInt(), q);
        }
        assertEquals(n, server.json("/api/trends?" + q, 200).get("passages").asInt(), q);
        assertEquals(n, server.json("/api/entities?type=person&" + q, 200).get("matching_passages").asInt(), q);
        if (!filter.getKey().startsWith("format=")) { // on /api/export, format is the file format of the export
          assertEquals(n + 1, Csv.parse(server.get("/api/export?fields=id&" + q).body()).size(), q);
        }
      }
    }
  }
}
