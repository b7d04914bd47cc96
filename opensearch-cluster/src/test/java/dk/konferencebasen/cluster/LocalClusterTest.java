package dk.konferencebasen.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * Three real OpenSearch nodes on loopback with the Danish analysis plugin: the chain answers
 * inside OpenSearch as it does in the embedded index, composes with OpenSearch's own
 * synonym_graph, and searches go on answering while a node stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterTest {
  @TempDir static Path data;
  static LocalCluster cluster;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  /**
   * Requests sent again after a node stopped mid-search (503, or 500 for a disconnected node, as
   * OpenSearchClient does); printed, not failed.
   */
  static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    int[] ports = FreePorts.consecutive(6);
    cluster = LocalCluster.start(3, ports[0], ports[3], data, null);
    assertEquals("green", new ClusterHealth(cluster.url(0)).waitForStatus("green"));
    request("PUT", "/talks", """
        {"settings": {"number_of_shards": 2, "number_of_replicas": 1,
           "analysis": {
             "filter": {
               "acronyms": {"type": "synonym_graph", "synonyms": ["kl, kommunernes landsforening"]},
               "whole_compounds": {"type": "danish_decompound", "parts": false}},
             "analyzer": {
               "danish_with_synonyms": {
                 "char_filter": ["danish_elision_mark"], "tokenizer": "standard",
                 "filter": ["danish_genitive", "lowercase", "acronyms", "danish_old_spelling",
                            "danish_elided_compound", "whole_compounds", "danish_lemma"]}}}},
         "mappings": {"properties": {"text": {"type": "text", "analyzer": "danish_text",
                                               "search_analyzer": "danish_with_synonyms"}}}}
        """);
    String bulk = """
        {"index": {"_id": "1"}}
        {"text": "Fædrene fortalte om deres børn."}
        {"index": {"_id": "2"}}
        {"text": "Minoritetsfædres netværk i Aalborg."}
        {"index": {"_id": "3"}}
        {"text": "KL's direktør talte om ældreplejen."}
        {"index": {"_id": "4"}}
        {"text": "Kommunernes Landsforening holdt konference i Odense."}
        {"index": {"_id": "5"}}
        {"text": "Frivillige i idrætsforeninger."}
        """;
    request("POST", "/talks/_bulk?refresh=true", bulk);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) cluster.close();
  }

  @Test
  @Order(1)
  void theDanishChainAnswersInsideOpenSearch() throws Exception {
    // Compound parts carry the chain's part mark, as in the embedded index.
    assertEquals(List.of("minoritetsfar", "\u0001minoritet", "\u0001far"), tokens("danish_text", "Minoritetsfædres"));
    assertEquals(List.of("minoritetsfar"), tokens("danish_text_search", "Minoritetsfædres"));
    assertEquals(List.of("ældrepleje"), tokens("danish_text_search", "aeldrepleje"));
    assertEquals(List.of("\u0001far"), tokens("danish_text_part", "fædre"));
    assertEquals(List.of("1", "2"), ids(match("fædre")));
  }

  @Test
  @Order(2)
  void indexSettingsComposeTheChainWithOpenSearchsSynonyms() throws Exception {
    assertEquals(List.of("3", "4"), ids(match("kl")));
    assertEquals(List.of("3", "4"), ids(match("Kommunernes Landsforening")));
    assertEquals(List.of("3"), ids(match("ældrepleje")));
  }

  @Test
  @Order(3)
  void searchesGoOnAnsweringWhileANodeStops() throws Exception {
    AtomicBoolean loading = new AtomicBoolean(true);
    ExecutorService load = Executors.newSingleThreadExecutor();
    Future<List<String>> failures = load.submit(() -> {
      List<String> failed = new ArrayList<>();
      int answered = 0;
      while (loading.get() || answered < 20) {
        try {
          List<String> hits = ids(match("fædre"));
          if (!hits.equals(List.of("1", "2"))) failed.add("hits " + hits);
        } catch (Exception e) {
          failed.add(e.toString());
        }
        answered++;
      }
      return failed;
    });
    Thread.sleep(500);
    cluster.stopNode(2);
    String status = new ClusterHealth(cluster.url(0)).status();
    loading.set(false);
    assertEquals(List.of(), failures.get());
    System.out.println("searches sent again while node-2 stopped: " + RETRIED.get());
    load.shutdown();
    assertNotEquals("red", status);
    assertEquals(List.of("1", "2"), ids(match("fædre")));
  }

  /** A word as the product reads it: the word itself, or (lower) a part of a compound. */
  private static String match(String words) {
    return """
        {"query": {"bool": {"should": [
          {"match": {"text": "%s"}},
          {"match": {"text": {"query": "%s", "analyzer": "danish_text_part", "boost": 0.6}}}]}}}
        """.formatted(words, words);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(String search) throws Exception {
    // a shard that fails while its node stops must not silently drop hits: a partial answer is
    // refused instead (503, 500 naming the node, or 404 for a search context it took with it),
    // and a client sends it again, as OpenSearchClient does
    Map<String, Object> answer = request("POST", "/talks/_search?allow_partial_search_results=false", search);
    List<Map<String, Object>> hits = (List<Map<String, Object>>) ((Map<String, Object>) answer.get("hits")).get("hits");
    return hits.stream().map(hit -> (String) hit.get("_id")).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> tokens(String analyzer, String text) throws Exception {
    Map<String, Object> answer = request("POST", "/talks/_analyze",
        "{\"analyzer\": \"" + analyzer + "\", \"text\": \"" + text + "\"}");
    return ((List<Map<String, Object>>) answer.get("tokens")).stream().map(t -> (String) t.get("token")).toList();
  }

  private static Map<String, Object> request(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.url(0) + path))
        .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    // the node-gone refusals vary with the moment (node_disconnected, node_not_connected,
    // node_closed, a fetch's missing search context, "missing shards" until the replicas are
    // promoted): any 5xx, or that 404, is sent again once the cluster has its primaries back —
    // waited for by the cluster's own health call, not a time window, as a busy machine may take
    // seconds to promote them
    for (int retry = 1; retry <= 5 && (response.statusCode() >= 500
        || response.body().contains("search_context_missing_exception")); retry++) {
      RETRIED.incrementAndGet();
      Thread.sleep(200L * retry);
      HTTP.send(HttpRequest.newBuilder(URI.create(cluster.url(0) + "/_cluster/health?wait_for_status=yellow&timeout=120s")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
    assertTrue(response.statusCode() < 300, method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    return XContentHelper.convertToMap(JsonXContent.jsonXContent, response.body(), false);
  }
}
