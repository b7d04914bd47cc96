package dk.konferencebasen.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.schema.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Konferencebasen in cluster mode: the same passages copied into an OpenSearch index
 * ({@code kb index --opensearch}), each query sent as the plugin's {@code konferencebasen} query
 * — the product's query builder, run inside each shard — restricted to passages.
 *
 * <p>Searched with {@code dfs_query_then_fetch}: the shards first share their term statistics,
 * so BM25 scores a passage as one index would. On the seed corpus (20 passages over 2 shards)
 * plain {@code query_then_fetch} moved one query's first hit (S@1 0.9375 against 0.9531).
 */
public final class ClusterRanker implements Ranker {
  private final OpenSearchClient cluster;
  private final String index;

  public ClusterRanker(OpenSearchClient cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public List<String> rank(String queryText) throws UnparseableQueryException {
    Map<String, Object> search = Map.of("size", RankingMetrics.K, "_source", false, "query", Map.of("bool", Map.of(
        "filter", List.of(Map.of("term", Map.of(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE))),
        "must", List.of(Map.of("konferencebasen", Map.of("q", queryText))))));
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode hit : cluster.send("POST", "/" + index + "/_search?search_type=dfs_query_then_fetch", search).path("hits").path("hits")) {
        ids.add(hit.path("_id").asText());
      }
      return ids;
    } catch (ClusterException e) {
      if (e.status() == 400) throw new UnparseableQueryException(e.getMessage());
      throw e;
    }
  }

  @Override
  public void close() {}
}
