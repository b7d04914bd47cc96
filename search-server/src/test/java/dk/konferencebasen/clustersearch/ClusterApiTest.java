package dk.konferencebasen.clustersearch;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.konferencebasen.cluster.ClusterProcess;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.clusterindex.ClusterMirror;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same API over both backends: the seed corpus indexed once, served from the embedded index
 * and, copied into a real three-node OpenSearch cluster (2 shards, 1 replica), from the cluster.
 * /api/search answers the same — hits, their order and scores, passages and highlights, totals
 * and facets — but for what the cluster says it does differently.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterApiTest {
  /** A programme, so the corpus has talks too. */
  private static final String PROGRAMME = """
      Program for Integrationsdagen 2024

      9.30-9.45: Velkomst
      v. borgmester Jens Kristian Holm, Vejle Kommune

      9.45-10.30: Sprog på arbejdspladsen
      Oplæg ved Mette Lund Sørensen, Aarhus Universitet.
      Hvordan lærer nyankomne dansk, mens de arbejder? Oplægget bygger på interview med tolv virksomheder.

      10.45-11.30 Paneldebat: Hvem har ansvaret for sproget?
      Moderator: Karen Bech Poulsen
      """;
  static final Path SYNONYMS = TestIndex.repositoryCorpus().resolveSibling("config").resolve("synonyms.txt");
  @TempDir static Path tmp;
  static ClusterProcess cluster;
  static TestServer embedded;
  static TestServer clustered;

  @BeforeAll
  static void start() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Files.writeString(corpus.resolve("program-integrationsdagen.txt"), PROGRAMME);
    TestIndex.index(corpus, index);
    Path synonyms = SYNONYMS;
    cluster = ClusterProcess.start(3, Files.createDirectories(tmp.resolve("cluster")), synonyms);
    OpenSearchClient client = new OpenSearchClient(cluster.url(0));
    new ClusterMirror(client, "konferencebasen", 2, 1).push(index);
    embedded = TestServer.start(Searcher.open(index, SynonymFile.load(synonyms)));
    clustered = clusterServer(new OpenSearchClient(cluster.url(0)));
  }

  private static TestServer clusterServer(OpenSearchClient client) throws Exception {
    SynonymFile synonyms = SynonymFile.load(SYNONYMS);
    ClusterSearch search = new ClusterSearch(client, "konferencebasen", synonyms);
    return TestServer.startCluster(search, new ClusterResearch(search));
  }

  @AfterAll
  static void stop() throws Exception {
    if (clustered != null) clustered.close();
    if (embedded != null) embedded.close();
    if (cluster != null) cluster.close();
  }

  @Test
  void searchAnswersAsTheEmbeddedIndexDoes() throws Exception {
    List<String> searches = List.of(
        "q=" + enc("fædre"), "q=KL", "q=" + enc("sprogundervisnig"), "q=" + enc("\"aktiv beskæftigelsesindsats\""),
        "q=" + enc("integration AND Faxe"), "q=" + enc("frivillig*"), "q=" + enc("børn*"), "q=" + enc("Kastrup-Larsen"), "q=" + enc("Ålborg"),
        "q=" + enc("tillid i samfundet"), "q=" + enc("undervisning NOT sprog"), "q=teater&limit=1&offset=1",
        "q=integration&year=2019", "q=integration&conference=" + enc("Faxe Kommunes integrationskonference"),
        "q=integration&from=2019-01-01&to=2019-12-31", "q=integration&sort=date", "", "limit=1&offset=1",
        "q=" + enc("noget der ikke findes xyzzy"));
    for (String search : searches) {
      JsonNode expected = comparable(embedded.json("/api/search?" + search, 200));
      JsonNode actual = comparable(clustered.json("/api/search?" + search, 200));
      assertEquals(expected, actual, "GET /api/search?" + search);
    }
  }

  @Test
  void aWholeDocumentAndTheAnalyzersViewAreTheSame() throws Exception {
    JsonNode hits = embedded.json("/api/search?q=integration&limit=5", 200).get("hits");
    assertTrue(hits.size() >= 2);
    for (JsonNode hit : hits) {
      String report = hit.get("id").asText();
      String passage = hit.get("passages").get(0).get("id").asText();
      for (String id : List.of(report, passage)) {
        assertEquals(embedded.json("/api/documents/" + enc(id), 200), clustered.json("/api/documents/" + enc(id), 200), id);
      }
    }
    assertEquals(embedded.json("/api/documents/nothing-here", 404), clustered.json("/api/documents/nothing-here", 404));
    for (String as : List.of("index", "query")) {
      String path = "/api/analyze?as=" + as + "&text=" + enc("KL's minoritetsfædre i Ålborg");
      assertEquals(embedded.json(path, 200), clustered.json(path, 200), path);
    }
  }

  @Test
  void trendsAndNamesCountAsTheEmbeddedIndexCounts() throws Exception {
    for (String call : List.of("/api/trends?q=integration", "/api/trends?q=integration&by=conference",
        "/api/trends?q=" + enc("frivillige") + "&by=organiser", "/api/trends", "/api/trends?q=integration&year=2019",
        "/api/entities?type=person", "/api/entities?type=organisation&q=integration",
        "/api/entities?type=municipality&limit=3&pairs=5", "/api/entities?type=person&q=" + enc("Kastrup-Larsen"))) {
      assertEquals(embedded.json(call, 200), clustered.json(call, 200), call);
    }
    for (String export : List.of("/api/export?format=jsonl&q=integration", "/api/export?format=jsonl",
        "/api/export?format=jsonl&q=" + enc("frivillige") + "&fields=id,title,text,people", "/api/export?format=csv&q=teater")) {
      assertEquals(rows(embedded.get(export).body()), rows(clustered.get(export).body()), export);
    }
    String file = embedded.json("/api/search?q=integration", 200).get("hits").get(0).get("id").asText();
    assertEquals(embedded.get("/api/documents/" + file + "/file").body(), clustered.get("/api/documents/" + file + "/file").body());
  }

  @Test
  void talksAreFoundAsTheEmbeddedIndexFindsThem() throws Exception {
    for (String call : List.of("/api/talks", "/api/talks?q=sprog", "/api/talks?q=" + enc("nyankomne dansk"),
        "/api/talks?speaker=" + enc("Karen Bech Poulsen"), "/api/talks?q=integration&limit=1&offset=1")) {
      JsonNode expected = embedded.json(call, 200);
      assertTrue(call.contains("offset") || expected.get("talks").size() > 0, call);
      assertEquals(comparable(expected), comparable(clustered.json(call, 200)), call);
    }
  }

  @Test
  void theConcordanceHasTheSameLines() throws Exception {
    for (String call : List.of("/api/kwic?q=integration", "/api/kwic?q=integration&sort=left&limit=500",
        "/api/kwic?q=" + enc("frivillige") + "&sort=keyword", "/api/kwic?q=" + enc("børn*"), "/api/kwic?q=KL&sort=right&width=20",
        "/api/kwic?q=" + enc("\"aktiv beskæftigelsesindsats\"") + "&year=2019")) {
      JsonNode expected = embedded.json(call, 200);
      assertTrue(expected.get("lines").size() > 0, call);
      assertEquals(linesInAnyOrder(expected), linesInAnyOrder(clustered.json(call, 200)), call);
    }
  }

  /**
   * A concordance with its lines as a set: where lines tie on the sort, the cluster keeps them in
   * its order of reports (by id), the embedded index in its own.
   */
  private static JsonNode linesInAnyOrder(JsonNode concordance) {
    ObjectNode copy = comparable(concordance).deepCopy();
    List<String> lines = new ArrayList<>();
    concordance.get("lines").forEach(line -> lines.add(line.toString()));
    lines.sort(null);
    copy.putPOJO("lines", lines);
    return copy;
  }

  @Test
  void aBadQueryIsRefusedAsTheEmbeddedIndexRefusesIt() throws Exception {
    for (String q : List.of("(kommune OR", "*kommune", "\"")) {
      assertEquals(embedded.json("/api/search?q=" + enc(q), 400), clustered.json("/api/search?q=" + enc(q), 400), q);
    }
  }

  @Test
  void statsSayWhichBackendAnswersAndWhatDiffers() throws Exception {
    JsonNode ofEmbedded = embedded.json("/api/stats", 200);
    JsonNode ofCluster = clustered.json("/api/stats", 200);
    assertEquals("embedded", ofEmbedded.get("backend").asText());
    assertEquals("opensearch", ofCluster.get("backend").asText());
    assertEquals(0, ofEmbedded.get("differences").size());
    assertTrue(ofCluster.get("differences").size() > 0);
    for (String field : List.of("reports", "passages", "conferences", "years", "index_commit", "indexed_at")) {
      assertEquals(ofEmbedded.get(field), ofCluster.get(field), field);
    }
    assertEquals(200, clustered.get("/health").statusCode());
  }

  @Test
  void theSearchBoxIsCompletedAsTheEmbeddedIndexCompletesIt() throws Exception {
    // a word, a title's word, a name, a municipality in the other spelling of å, and nothing
    for (String prefix : List.of("int", "sprog", "mette", "Århus", "kom", "xyzq")) {
      String call = "/api/suggest?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
      JsonNode expected = embedded.json(call, 200);
      assertEquals(expected, clustered.json(call, 200), call);
      if (!prefix.equals("xyzq")) {
        assertTrue(expected.get("suggestions").size() > 0, call);
      }
    }
  }

  @Test
  void relatedPassagesAreTheEmbeddedIndexsOwn() throws Exception {
    List<String> ids = new ArrayList<>();
    embedded.json("/api/search?q=integration&limit=3", 200).get("hits").forEach(report -> {
      ids.add(report.get("id").asText());
      report.get("passages").forEach(p -> ids.add(p.get("id").asText()));
    });
    assertTrue(ids.size() > 3, ids.toString());
    int withHits = 0;
    for (String id : ids) {
      for (String filter : List.of("", "&year=2019")) {
        String call = "/api/documents/" + id + "/related?limit=20" + filter;
        JsonNode expected = embedded.json(call, 200);
        assertEquals(expected, clustered.json(call, 200), call);
        withHits += expected.get("hits").size() > 0 ? 1 : 0;
      }
    }
    assertTrue(withHits > 2, "most of them relate something");
    assertEquals("not_found", clustered.json("/api/documents/findesikke/related", 404).get("error").asText());
  }

  @Test
  @Order(Integer.MAX_VALUE) // it stops a node
  void searchesGoOnAnsweringWhileANodeStops() throws Exception {
    // the server knows every node; the one it asks first is the one that stops
    try (TestServer everyNode = clusterServer(new OpenSearchClient(cluster.urls()))) {
      JsonNode expected = comparable(embedded.json("/api/search?q=integration", 200));
      // The clients search from before the node stops (each has had an answer) until each has had
      // 20 answers to searches sent after it stopped: the overlap is an order of events, not a
      // time (there were 300 ms sleeps before and after the stop).
      CountDownLatch everyClientHasSearched = new CountDownLatch(2);
      AtomicBoolean stopped = new AtomicBoolean();
      ExecutorService load = Executors.newFixedThreadPool(2);
      List<Future<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        clients.add(load.submit(() -> {
          List<String> failed = new ArrayList<>();
          boolean counted = false;
          try {
            for (int answeredAfterTheStop = 0; answeredAfterTheStop < 20; ANSWERED.incrementAndGet()) {
              boolean sentAfterTheStop = stopped.get();
              HttpResponse<String> response = everyNode.get("/api/search?q=integration");
              if (response.statusCode() != 200) {
                failed.add(response.statusCode() + " " + response.body());
              } else if (!comparable(JSON.readTree(response.body())).equals(expected)) {
                failed.add("a different answer: " + response.body());
              }
              if (!counted) {
                everyClientHasSearched.countDown();
                counted = true;
              }
              if (sentAfterTheStop) {
                answeredAfterTheStop++;
              }
            }
          } finally {
            if (!counted) {
              everyClientHasSearched.countDown(); // a client that failed before any answer ends the wait too
            }
          }
          return failed;
        }));
      }
      everyClientHasSearched.await();
      cluster.stopNode(0); // returns once the node is down
      stopped.set(true);
      for (Future<List<String>> client : clients) {
        assertEquals(List.of(), client.get());
      }
      load.shutdown();
      System.out.println("searches answered while node-0 stopped, all as before: " + ANSWERED.get());
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger ANSWERED = new java.util.concurrent.atomic.AtomicInteger();

  /** An export's rows, in order of their text: the cluster lists reports in another order (see its differences). */
  private static List<String> rows(String export) {
    List<String> lines = new ArrayList<>(export.lines().toList());
    String header = export.startsWith("id") || !export.startsWith("{") ? lines.remove(0) : "";
    lines.sort(null);
    lines.add(0, header);
    return lines;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * An answer without what may differ between two runs (the time it took) or between the backends
   * by design (the cluster gives no spelling suggestion and no cursor: see its differences).
   */
  private static JsonNode comparable(JsonNode answer) {
    ObjectNode copy = answer.deepCopy();
    copy.remove(List.of("took_ms", "suggestion", "next_cursor"));
    return copy;
  }
}
