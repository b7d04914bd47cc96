package dk.konferencebasen.clusterindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.cluster.ClusterProcess;
import dk.konferencebasen.cluster.FreePorts;
import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.IndexerException;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb index --opensearch}: the embedded index copied into a real three-node OpenSearch
 * cluster (started in a JVM of its own) with the Danish analysis plugin, and kept up to date.
 */
class ClusterMirrorTest {
  @TempDir static Path clusterData;
  @TempDir Path tmp;
  static ClusterProcess cluster;
  static OpenSearchClient client;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = ClusterProcess.start(3, clusterData, null);
    client = new OpenSearchClient(cluster.url(0));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) cluster.close();
  }

  private static void index(Path corpus, Path index) throws IndexerException {
    new Indexer().run(new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
  }

  @Test
  void theClusterHoldsWhatTheIndexHoldsAndFollowsItsChanges() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Corpus.copySeed(Corpus.SEED_000, corpus);
    Corpus.copySeed(Corpus.SEED_002, corpus);
    index(corpus, index);
    ClusterMirror mirror = new ClusterMirror(client, "talks", 2, 1);
    assertEquals("3.8.0", mirror.check());

    ClusterMirror.Pushed first = mirror.push(index);
    assertTrue(first.created());
    assertEquals(2, first.reports());
    TreeSet<String> embedded = passageIds(index);
    assertEquals(embedded.size(), first.passages());
    assertEquals(embedded, clusterPassageIds());
    JsonNode settings = client.send("GET", "/talks/_settings", null).path("talks").path("settings").path("index");
    assertEquals("2", settings.path("number_of_shards").asText());
    assertEquals("1", settings.path("number_of_replicas").asText());

    // A word finds compounds that end in it, through the plugin's analysis: as the product reads a word.
    JsonNode hits = search(Map.of("bool", Map.of(
        "filter", List.of(Map.of("term", Map.of("type", "passage"))),
        "should", List.of(Map.of("match", Map.of("text", "fædre")),
            Map.of("match", Map.of("text", Map.of("query", "fædre", "analyzer", "danish_text_part", "boost", 0.6)))),
        "minimum_should_match", 1)));
    assertTrue(hits.path(0).path("_source").path("text").asText().contains("minoritetsfædres"), hits.toString());
    // Report fields are on every passage, so filters and facets need no join.
    assertEquals(embedded.size(), search(Map.of("term", Map.of("type", "passage"))).size());
    assertTrue(StreamSupport.stream(search(Map.of("term", Map.of("type", "passage"))).spliterator(), false)
        .allMatch(hit -> !hit.path("_source").path("title").asText().isEmpty()));

    Files.delete(corpus.resolve(Corpus.SEED_002));
    index(corpus, index);
    ClusterMirror.Pushed second = mirror.push(index);
    assertFalse(second.created());
    assertEquals(1, second.reports());
    TreeSet<String> remaining = passageIds(index);
    assertEquals(embedded.size() - remaining.size() + 1, second.removed(), "the gone report and its passages");
    assertEquals(remaining, clusterPassageIds());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithWhatToDo() throws Exception {
    client.send("PUT", "/older", Map.of("mappings", Map.of("_meta", Map.of("schema_version", "1"))));
    Path corpus = tmp.resolve("corpus");
    Corpus.copySeed(Corpus.SEED_000, corpus);
    index(corpus, tmp.resolve("index"));
    ClusterException refused = assertThrows(ClusterException.class,
        () -> new ClusterMirror(client, "older", 1, 0).push(tmp.resolve("index")));
    assertTrue(refused.getMessage().contains("schema version '1'"), refused.getMessage());
    assertTrue(refused.getMessage().contains("DELETE"), refused.getMessage());
  }

  @Test
  void aClusterThatDoesNotAnswerIsSaidSoBeforeAnyWork() {
    int port = FreePorts.consecutive(1)[0];
    ClusterException refused = assertThrows(ClusterException.class,
        () -> new ClusterMirror(new OpenSearchClient("http://127.0.0.1:" + port), "talks", 2, 1).check());
    assertTrue(refused.getMessage().startsWith("no OpenSearch cluster answers at"), refused.getMessage());
    assertThrows(ClusterException.class, () -> new OpenSearchClient("localhost:9200"));
  }

  private static JsonNode search(Map<String, Object> query) {
    return client.send("POST", "/talks/_search", Map.of("size", 100, "query", query)).path("hits").path("hits");
  }

  private static TreeSet<String> clusterPassageIds() {
    TreeSet<String> ids = new TreeSet<>();
    search(Map.of("term", Map.of("type", "passage"))).forEach(hit -> ids.add(hit.path("_id").asText()));
    return ids;
  }

  private static TreeSet<String> passageIds(Path index) throws Exception {
    try (IndexProbe probe = IndexProbe.open(index)) {
      TreeSet<String> ids = new TreeSet<>();
      probe.passages().forEach(p -> ids.add(p.get(IndexSchema.ID)));
      return ids;
    }
  }
}
