package dk.konferencebasen.clustersearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.completion.ClusterCompletions;
import dk.konferencebasen.completion.CompletionEntry;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.schema.ClusterDocuments;
import dk.konferencebasen.schema.ClusterMapping;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's copy of the index, as the server reads it: searches (refused rather than partial
 * when a shard fails; a query the cluster refuses is an {@link InvalidQueryException}), documents
 * by id, and what the index says about itself — and the documents' sources read back as the
 * stored fields the embedded index holds, so the same readers read both.
 */
final class ClusterIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(ClusterIndex.class);

  private final OpenSearchClient cluster;
  private final String name;
  private volatile Meta meta;

  ClusterIndex(OpenSearchClient cluster, String name) {
    this.cluster = cluster;
    this.name = name;
  }

  /**
   * A search; with {@code sharedStatistics} the shards first share their term statistics
   * ({@code dfs_query_then_fetch}), so scores are those of one index.
   */
  JsonNode search(Map<String, Object> body, boolean sharedStatistics) throws InvalidQueryException {
    try {
      return send(body, sharedStatistics);
    } catch (ClusterException e) {
      if (e.status() == 400) throw refused(e);
      throw e;
    }
  }

  /** A search the server builds itself, with no typed query in it: a refusal is the server's fault, not the user's. */
  JsonNode browse(Map<String, Object> body) {
    return send(body, false);
  }

  /** As {@link #browse}, scored with the statistics of the whole index (see {@link #search}). */
  JsonNode browseScored(Map<String, Object> body) {
    return send(body, true);
  }

  private JsonNode send(Map<String, Object> body, boolean sharedStatistics) {
    String type = sharedStatistics ? "search_type=dfs_query_then_fetch&" : "";
    return cluster.send("POST", "/" + name + "/_search?" + type + "allow_partial_search_results=false", body);
  }

  long count(Map<String, Object> query) {
    return cluster.send("POST", "/" + name + "/_count", Map.of("query", query)).path("count").asLong();
  }

  /** The source of the document with this id, or null. */
  JsonNode get(String id) {
    if (id == null || id.isEmpty()) return null;
    try {
      return cluster.send("GET", "/" + name + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null).path("_source");
    } catch (ClusterException e) {
      if (e.status() == 404) return null;
      throw e;
    }
  }

  /** The sources of these documents, by id; ids not found are left out. */
  Map<String, JsonNode> sources(Collection<String> ids) {
    Map<String, JsonNode> found = new HashMap<>();
    if (ids.isEmpty()) return found;
    for (JsonNode doc : cluster.send("POST", "/" + name + "/_mget", Map.of("ids", List.copyOf(ids))).path("docs")) {
      if (doc.path("found").asBoolean()) found.put(doc.path("_id").asText(), doc.path("_source"));
    }
    return found;
  }

  /**
   * The completions the push of this generation wrote ({@link ClusterCompletions}), in the order
   * it wrote them; none when the index was pushed by a kb that did not write them.
   */
  @SuppressWarnings("unchecked")
  List<CompletionEntry> completions(String generation) {
    String completions = ClusterCompletions.indexName(name);
    if (generation.isEmpty()) return List.of();
    if (!cluster.exists("/" + completions)) {
      LOG.warn("the cluster has no {} index, so the search box gets no completions; copy the index again with"
          + " kb index --opensearch", completions);
      return List.of();
    }
    Map<Long, CompletionEntry> inOrder = new TreeMap<>();
    JsonNode page = cluster.send("POST", "/" + completions + "/_search?scroll=1m", Map.of("size", 5_000, "sort", List.of("_doc"),
        "query", Map.of("term", Map.of(ClusterMapping.GENERATION, Long.parseLong(generation)))));
    try {
      while (page.path("hits").path("hits").size() > 0) {
        for (JsonNode hit : page.path("hits").path("hits")) {
          String id = hit.path("_id").asText();
          inOrder.put(Long.parseLong(id.substring(id.indexOf('-') + 1)),
              ClusterCompletions.entry(JSON.convertValue(hit.path("_source"), Map.class)));
        }
        page = cluster.send("POST", "/_search/scroll", Map.of("scroll", "1m", "scroll_id", page.path("_scroll_id").asText()));
      }
    } finally {
      cluster.send("DELETE", "/_search/scroll", Map.of("scroll_id", page.path("_scroll_id").asText()));
    }
    return List.copyOf(inOrder.values());
  }

  /** The embedded commit the copy was last brought up to. */
  String commit() {
    return meta().path("commit").asText();
  }

  /** What the index says about itself, asked at most once a second: a new copy shows within a second, as in the embedded mode. */
  JsonNode meta() {
    Meta known = meta;
    if (known != null && System.nanoTime() - known.readAt() < 1_000_000_000L) {
      return known.value();
    }
    JsonNode value = cluster.send("GET", "/" + name + "/_mapping", null).path(name).path("mappings").path("_meta");
    meta = new Meta(value, System.nanoTime());
    return value;
  }

  private record Meta(JsonNode value, long readAt) {}

  /** A document's source as the stored fields the embedded index holds, for the same readers. */
  @SuppressWarnings("unchecked")
  static Document stored(JsonNode source) {
    return ClusterDocuments.stored(JSON.convertValue(source, Map.class));
  }

  static String text(JsonNode source, String field) {
    JsonNode value = source.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.isArray() ? value.path(0).asText() : value.asText();
  }

  static List<String> list(JsonNode source, String field) {
    JsonNode value = source.path(field);
    if (value.isMissingNode() || value.isNull()) return List.of();
    if (!value.isArray()) return List.of(value.asText());
    List<String> values = new ArrayList<>();
    value.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The cluster refused the query (its limits, checked against each shard): the plugin's words for what is wrong. */
  private static InvalidQueryException refused(ClusterException e) {
    String reason = e.reason().replaceFirst("^query_shard_exception: ", "");
    return new InvalidQueryException(reason, "klyngen afviste søgningen: " + reason);
  }
}
