package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** success@1, MRR and nDCG@10 on small rankings whose answers are worked out by hand. */
class RankingMetricsTest {
  private static final double EPS = 1e-9;
  private static final double LOG2_3 = Math.log(3) / Math.log(2);

  @Test
  void relevantFirstScoresOneEverywhere() {
    List<String> ranking = List.of("r", "x", "y");
    assertEquals(1, RankingMetrics.successAt1(ranking, Set.of("r")), EPS);
    assertEquals(1, RankingMetrics.reciprocalRank(ranking, Set.of("r")), EPS);
    assertEquals(1, RankingMetrics.ndcgAt10(ranking, Set.of("r")), EPS);
    assertEquals(OptionalInt.of(1), RankingMetrics.firstRelevantRank(ranking, Set.of("r")));
  }

  @Test
  void relevantSecond() {
    List<String> ranking = List.of("x", "r", "y");
    assertEquals(0, RankingMetrics.successAt1(ranking, Set.of("r")), EPS);
    assertEquals(0.5, RankingMetrics.reciprocalRank(ranking, Set.of("r")), EPS);
    assertEquals(1 / LOG2_3, RankingMetrics.ndcgAt10(ranking, Set.of("r")), EPS); // 0.6309
  }

  @Test
  void relevantTenthCountsEleventhDoesNot() {
    List<String> ranking = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      ranking.add("d" + i);
    }
    assertEquals(0.1, RankingMetrics.reciprocalRank(ranking, Set.of("d10")), EPS);
    assertEquals(1 / (Math.log(11) / Math.log(2)), RankingMetrics.ndcgAt10(ranking, Set.of("d10")), EPS);

    assertEquals(0, RankingMetrics.successAt1(ranking, Set.of("d11")), EPS);
    assertEquals(0, RankingMetrics.reciprocalRank(ranking, Set.of("d11")), EPS);
    assertEquals(0, RankingMetrics.ndcgAt10(ranking, Set.of("d11")), EPS);
    assertFalse(RankingMetrics.firstRelevantRank(ranking, Set.of("d11")).isPresent());
  }

  @Test
  void nothingFoundScoresZero() {
    assertEquals(0, RankingMetrics.successAt1(List.of(), Set.of("r")), EPS);
    assertEquals(0, RankingMetrics.reciprocalRank(List.of(), Set.of("r")), EPS);
    assertEquals(0, RankingMetrics.ndcgAt10(List.of(), Set.of("r")), EPS);
    assertEquals(0, RankingMetrics.ndcgAt10(List.of("r"), Set.of()), EPS);
  }

  @Test
  void twoRelevantPassages() {
    Set<String> relevant = Set.of("r1", "r2");
    double ideal = 1 + 1 / LOG2_3; // both relevant at ranks 1 and 2
    // r1 first, r2 third: MRR counts only the first; DCG = 1 + 1/log2(4) = 1.5
    List<String> ranking = List.of("r1", "x", "r2");
    assertEquals(1, RankingMetrics.successAt1(ranking, relevant), EPS);
    assertEquals(1, RankingMetrics.reciprocalRank(ranking, relevant), EPS);
    assertEquals(1.5 / ideal, RankingMetrics.ndcgAt10(ranking, relevant), EPS); // 0.9197
    // Both first, in either order: perfect.
    assertEquals(1, RankingMetrics.ndcgAt10(List.of("r2", "r1", "x"), relevant), EPS);
    // Only one of the two found, second: RR 0.5, DCG = 1/log2(3)
    List<String> half = List.of("x", "r2");
    assertEquals(0.5, RankingMetrics.reciprocalRank(half, relevant), EPS);
    assertEquals((1 / LOG2_3) / ideal, RankingMetrics.ndcgAt10(half, relevant), EPS); // 0.3869
  }

  @Test
  void moreRelevantThanTenIdealIsCappedAtTen() {
    Set<String> relevant = new java.util.HashSet<>();
    List<String> ranking = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      relevant.add("r" + i);
      ranking.add("r" + i);
    }
    assertEquals(1, RankingMetrics.ndcgAt10(ranking, relevant), EPS);
  }

  @Test
  void evaluationAveragesPerCategoryAndScoresUnparsedQueriesZero() throws IOException {
    QuerySet set = QuerySet.parse("""
        q1\tname\tKasper\ta.txt#x
        q2\tname\tSonne\ta.txt#x
        q3\ttopic\t(teater\ta.txt#x
        """, "test");
    Map<String, Set<String>> relevance = Map.of("q1", Set.of("r"), "q2", Set.of("r"), "q3", Set.of("r"));
    Ranker fixed = new Ranker() {
      @Override
      public List<String> rank(String query) throws UnparseableQueryException {
        return switch (query) {
          case "Kasper" -> List.of("r", "x");
          case "Sonne" -> List.of("x", "y", "z", "r");
          default -> throw new UnparseableQueryException("unbalanced parenthesis");
        };
      }

      @Override
      public void close() {}
    };
    Map<String, Ranker> systems = new LinkedHashMap<>();
    systems.put("s", fixed);
    RetrievalEvaluation.Result result = RetrievalEvaluation.run(set, relevance, systems);

    RetrievalEvaluation.Scores names = result.scores("s", "name");
    assertEquals(2, names.queries());
    assertEquals(0.5, names.successAt1(), EPS);
    assertEquals((1 + 0.25) / 2, names.mrr(), EPS);
    assertEquals((1 + 1 / (Math.log(5) / Math.log(2))) / 2, names.ndcg(), EPS);
    assertEquals(0, names.unparsed());

    RetrievalEvaluation.Scores topic = result.scores("s", "topic");
    assertEquals(1, topic.unparsed());
    assertEquals(0, topic.mrr(), EPS);
    assertFalse(result.outcome("q3", "s").parsed());

    RetrievalEvaluation.Scores all = result.scores("s", null);
    assertEquals(3, all.queries());
    assertEquals(1.25 / 3, all.mrr(), EPS);
    assertEquals(OptionalInt.of(4), result.outcome("q2", "s").firstRelevantRank());
  }

  @Test
  void tablesAlignNumbersRightAndTextLeft() {
    String table = new TextTable("method", "F1").row("(b) Danish", "0.586").row("(c)", "n/a").render();
    List<String> lines = table.lines().toList();
    assertEquals("method         F1", lines.get(0));
    assertEquals("----------  -----", lines.get(1));
    assertEquals("(b) Danish  0.586", lines.get(2));
    assertEquals("(c)           n/a", lines.get(3));
    assertTrue(lines.stream().allMatch(l -> l.equals(l.stripTrailing())));
  }
}
