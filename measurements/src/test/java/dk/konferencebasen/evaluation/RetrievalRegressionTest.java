package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retrieval figures of {@code kb eval} part 2 — the product's own Searcher (c) on the
 * judged seed queries, with the synonym file the server uses — held to expected-figures.tsv.
 */
class RetrievalRegressionTest {
  @Test
  void theJudgedSeedQueriesRankAsRecorded(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.copyOfCorpus(tmp), index);
    List<IndexedPassage> passages = IndexedPassage.readAll(index);
    QuerySet querySet = QuerySet.load();
    Map<String, Set<String>> relevance = querySet.resolve(passages);
    Path synonyms = TestIndex.repositoryCorpus().resolveSibling("config").resolve("synonyms.txt");
    RetrievalEvaluation.Result result;
    try (KonferencebasenRanker c = new KonferencebasenRanker(index, SynonymFile.load(synonyms))) {
      result = RetrievalEvaluation.run(querySet, relevance, Map.of(Evaluation.C, c));
    }
    RetrievalEvaluation.Scores all = result.scores(Evaluation.C, null);
    assertEquals(0, all.unparsed(), "every judged query parses");
    ExpectedFigures expected = ExpectedFigures.load();
    expected.measured("retrieval.seed.success_at_1", all.successAt1());
    expected.measured("retrieval.seed.mrr", all.mrr());
    expected.measured("retrieval.seed.ndcg_at_10", all.ndcg());
    assertEquals(3, expected.named("retrieval.").size(), "every retrieval figure of the file is measured here");
    assertEquals(List.of(), expected.failures());
  }
}
