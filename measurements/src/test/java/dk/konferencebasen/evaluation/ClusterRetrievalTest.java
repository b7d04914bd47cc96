package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.cluster.ClusterProcess;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.clusterindex.ClusterMirror;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster mode answers the judged seed queries as the embedded index does: the corpus copied
 * into a real three-node OpenSearch cluster (2 shards, 1 replica), each query run by the
 * product's query builder inside the shards. BM25 statistics are per shard there, so rankings
 * may differ a little; the issue allows 0.02 on each figure.
 */
class ClusterRetrievalTest {
  private static final double ALLOWED = 0.02;

  @Test
  void theSeedQueriesRankInTheClusterAsInTheEmbeddedIndex(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.copyOfCorpus(tmp), index);
    List<IndexedPassage> passages = IndexedPassage.readAll(index);
    QuerySet querySet = QuerySet.load();
    Map<String, Set<String>> relevance = querySet.resolve(passages);
    Path synonyms = TestIndex.repositoryCorpus().resolveSibling("config").resolve("synonyms.txt");
    Path clusterData = Files.createDirectories(tmp.resolve("cluster"));

    RetrievalEvaluation.Result result;
    try (ClusterProcess cluster = ClusterProcess.start(3, clusterData, synonyms);
        KonferencebasenRanker embedded = new KonferencebasenRanker(index, SynonymFile.load(synonyms))) {
      OpenSearchClient client = new OpenSearchClient(cluster.url(0));
      ClusterMirror.Pushed pushed = new ClusterMirror(client, "seed", 2, 1).push(index);
      assertEquals(passages.size(), pushed.passages());
      result = RetrievalEvaluation.run(querySet, relevance,
          Map.of(Evaluation.C, embedded, "cluster", new ClusterRanker(client, "seed")));
    }
    RetrievalEvaluation.Scores c = result.scores(Evaluation.C, null);
    RetrievalEvaluation.Scores cluster = result.scores("cluster", null);
    System.out.printf("retrieval on the seed queries: embedded S@1 %.4f MRR %.4f nDCG@10 %.4f; "
        + "cluster (3 nodes, 2 shards, 1 replica) S@1 %.4f MRR %.4f nDCG@10 %.4f%n",
        c.successAt1(), c.mrr(), c.ndcg(), cluster.successAt1(), cluster.mrr(), cluster.ndcg());
    assertEquals(0, cluster.unparsed(), "every judged query parses in the cluster too");
    assertTrue(Math.abs(cluster.successAt1() - c.successAt1()) <= ALLOWED, "S@1 " + cluster.successAt1() + " vs " + c.successAt1());
    assertTrue(Math.abs(cluster.mrr() - c.mrr()) <= ALLOWED, "MRR " + cluster.mrr() + " vs " + c.mrr());
    assertTrue(Math.abs(cluster.ndcg() - c.ndcg()) <= ALLOWED, "nDCG " + cluster.ndcg() + " vs " + c.ndcg());
  }
}
