package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.benchmark.TestSentences;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that matches more than 10 000 passages counts no further: its totals are lower bounds
 * (total_relation "gte", as Elasticsearch says it) and its facets are estimated from a random
 * sample of all matches, not from the first ones counted. Over a generated corpus of about
 * 11 000 passages (24 000 generated paragraphs; short ones join into one passage).
 */
class BroadSearchApiTest {
  @TempDir static Path tmp;
  private static TestServer server;
  private static int passages;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = tmp.resolve("corpus");
    new CorpusGenerator(TestSentences.SENTENCES, 2).generate(corpus, 3_000, 24_000, List.of(CorpusGenerator.Format.TXT));
    TestIndex.index(corpus, tmp.resolve("index"));
    server = TestServer.start(tmp.resolve("index"));
    passages = server.json("/api/stats", 200).get("passages").asInt();
    assertTrue(passages > 10_000, "the corpus is broad enough: " + passages);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void pastTenThousandTheTotalsAreLowerBoundsAndTheFacetsASampleOfEveryMatch() throws Exception {
    JsonNode all = server.json("/api/search", 200);
    assertEquals("gte", all.get("total_relation").asText());
    assertEquals(10_000, all.get("total_passages").asInt(), "at least 10 000: where the count stopped");
    assertTrue(all.get("facets_estimated").asBoolean());
    assertEquals(10, all.get("hits").size(), "the page is whole");
    assertTrue(all.get("next_cursor").isTextual(), "and there is more");

    // every passage is a txt passage: the estimate of all of them, not of the 10 000 counted
    int txt = all.get("facets").get("format").get("txt").asInt();
    assertEquals(passages, txt, 0.1 * passages, "estimated from a sample of all " + passages + " passages");

    // a conference's estimated share, against its exact count under a filter that narrows below the limit
    Map.Entry<String, JsonNode> conference = all.get("facets").get("conference").properties().iterator().next();
    JsonNode narrowed = server.json("/api/search?conference=" + enc(conference.getKey()), 200);
    assertEquals("eq", narrowed.get("total_relation").asText(), narrowed.get("total_passages").toString());
    assertFalse(narrowed.get("facets_estimated").asBoolean());
    int exact = narrowed.get("total_passages").asInt();
    assertTrue(exact < 10_000);
    assertEquals(exact, conference.getValue().asInt(), Math.max(50, 0.25 * exact),
        conference.getKey() + ": estimated " + conference.getValue() + ", exactly " + exact);
  }

  @Test
  void aPhraseOfCommonWordsIsCountedTheSameWay() throws Exception {
    // "i år" is in one sentence of the generator's list: fewer matches than passages
    JsonNode phrase = server.json("/api/search?q=" + enc("\"i år\""), 200);
    JsonNode word = server.json("/api/search?q=kommunen", 200);
    for (JsonNode answer : List.of(phrase, word)) {
      String relation = answer.get("total_relation").asText();
      int total = answer.get("total_passages").asInt();
      assertTrue(relation.equals("eq") ? total < 10_000 : total == 10_000, relation + " " + total);
      assertEquals(relation.equals("gte"), answer.get("facets_estimated").asBoolean());
    }
  }
}
