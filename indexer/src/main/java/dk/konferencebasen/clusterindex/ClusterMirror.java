package dk.konferencebasen.clusterindex;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.completion.ClusterCompletions;
import dk.konferencebasen.completion.CompletionEntries;
import dk.konferencebasen.completion.CompletionEntry;
import dk.konferencebasen.schema.ClusterDocuments;
import dk.konferencebasen.schema.ClusterMapping;
import dk.konferencebasen.schema.FacetState;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Brings an OpenSearch index up to the embedded index's last commit: every report and passage
 * is written (bulk, under its own id, so a push repeats safely), then whatever an earlier push
 * wrote and this one did not — reports gone from the corpus — is deleted. The embedded index
 * stays the indexer's working copy; the cluster holds what it last committed.
 */
public final class ClusterMirror {
  /** Bulk requests of about this many characters: large enough to be cheap, small enough to retry. */
  private static final int BULK_CHARS = 4_000_000;

  private final OpenSearchClient cluster;
  private final String indexName;
  private final int shards;
  private final int replicas;

  public ClusterMirror(OpenSearchClient cluster, String indexName, int shards, int replicas) {
    this.cluster = cluster;
    this.indexName = indexName;
    this.shards = shards;
    this.replicas = replicas;
  }

  /**
   * Before any work: the cluster answers, and has the Danish analysis (the plugin) — so a run
   * does not index for minutes and then find it cannot copy. Returns the cluster's version.
   */
  public String check() {
    String version = cluster.send("GET", "/", null).path("version").path("number").asText();
    try {
      JsonNode analysed = cluster.send("POST", "/_analyze", Map.of("analyzer", "danish_text", "text", "Fædrene"));
      if (!"far".equals(analysed.path("tokens").path(0).path("token").asText())) {
        throw new ClusterException("the cluster's danish_text analyzer is not Konferencebasen's: " + analysed);
      }
    } catch (ClusterException e) {
      throw new ClusterException("the cluster at " + cluster.url() + " (OpenSearch " + version + ") lacks the Danish "
          + "analysis plugin; install opensearch-plugin/target/analysis-danish-konferencebasen-*.zip on every node "
          + "(see the README). " + e.getMessage());
    }
    return version;
  }

  /** What a push did. */
  public record Pushed(int reports, int passages, long removed, boolean created) {}

  public Pushed push(Path index) throws IOException {
    boolean created = ensureIndex();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      long generation = reader.getIndexCommit().getGeneration();
      int reports = 0;
      int passages = 0;
      Bulk bulk = new Bulk(indexName);
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        List<Document> block = new ArrayList<>();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document document = stored.document(doc);
          block.add(document);
          // a block is its passages, then its report: the report's title ranks the passages
          if (ClusterDocuments.isReport(document)) {
            String title = document.get(IndexSchema.TITLE);
            for (Document member : block) {
              bulk.add(member.get(IndexSchema.ID), ClusterDocuments.source(member, title, generation));
            }
            reports++;
            passages += block.size() - 1;
            block.clear();
          }
        }
      }
      bulk.flush();
      long deleted = deleteOlder(indexName, generation);
      pushCompletions(reader, generation);
      // The commit the cluster now holds, as the embedded index names it: what answers cite.
      Map<String, String> commit = reader.getIndexCommit().getUserData();
      cluster.send("PUT", "/" + indexName + "/_mapping", Map.of("_meta", ClusterMapping.meta(generation,
          commit.getOrDefault(IndexSchema.COMMIT_INDEXED_AT, ""), commit.getOrDefault(IndexSchema.COMMIT_CORPUS, ""))));
      cluster.send("POST", "/" + indexName + "/_refresh", null);
      deleteOlder(ClusterCompletions.indexName(indexName), generation);
      return new Pushed(reports, passages, deleted, created);
    }
  }

  /** Removes what earlier pushes wrote into {@code index} and this one did not; returns how many documents. */
  private long deleteOlder(String index, long generation) {
    return cluster.send("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed",
        Map.of("query", Map.of("bool", Map.of("must_not",
            Map.of("term", Map.of(ClusterMapping.GENERATION, generation)))))).path("deleted").asLong();
  }

  /**
   * The commit's completions into their own index ({@link ClusterCompletions}), so the server
   * completes from the cluster as the embedded server from its index. Under ids of this
   * generation: the server reads only the generation the passages' index says it holds, and the
   * older ones go once the index says it holds this one.
   */
  private void pushCompletions(DirectoryReader reader, long generation) throws IOException {
    String completions = ClusterCompletions.indexName(indexName);
    if (!cluster.exists("/" + completions)) {
      cluster.send("PUT", "/" + completions, ClusterCompletions.index(replicas));
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    Bulk bulk = new Bulk(completions);
    int n = 0;
    for (CompletionEntry entry : CompletionEntries.of(searcher, FacetState.of(reader))) {
      bulk.add(generation + "-" + n++, ClusterCompletions.source(entry, generation));
    }
    bulk.flush();
    cluster.send("POST", "/" + completions + "/_refresh", null);
  }

  /** Creates the index when it is missing; an index of another schema version is an error to fix, not to guess. */
  private boolean ensureIndex() {
    if (cluster.exists("/" + indexName)) {
      JsonNode mapping = cluster.send("GET", "/" + indexName + "/_mapping", null);
      String version = mapping.path(indexName).path("mappings").path("_meta").path("schema_version").asText();
      if (!IndexSchema.VERSION.equals(version)) {
        throw new ClusterException("the cluster's index '" + indexName + "' has schema version '" + version
            + "', this kb writes version " + IndexSchema.VERSION + "; delete it (DELETE " + cluster.url() + "/"
            + indexName + ") or name another with --opensearch-index");
      }
      return false;
    }
    cluster.send("PUT", "/" + indexName, ClusterMapping.index(shards, replicas));
    return true;
  }

  /** Documents gathered into bulk requests; a refused document fails the push with its reason. */
  private final class Bulk {
    private final String index;
    private final StringBuilder lines = new StringBuilder();

    Bulk(String index) {
      this.index = index;
    }

    void add(String id, Map<String, Object> source) {
      lines.append(OpenSearchClient.json(Map.of("index", Map.of("_id", id)))).append('\n');
      lines.append(OpenSearchClient.json(source)).append('\n');
      if (lines.length() >= BULK_CHARS) flush();
    }

    void flush() {
      if (lines.isEmpty()) return;
      JsonNode answer = cluster.bulk("/" + index + "/_bulk", lines.toString());
      lines.setLength(0);
      if (answer.path("errors").asBoolean()) {
        List<String> refused = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
          JsonNode error = item.path("index").path("error");
          if (!error.isMissingNode()) {
            refused.add(item.path("index").path("_id").asText() + ": " + error.path("type").asText() + ": "
                + error.path("reason").asText());
          }
        }
        throw new ClusterException("the cluster refused " + refused.size() + " document(s): "
            + String.join("; ", refused.subList(0, Math.min(5, refused.size()))));
      }
    }
  }
}
