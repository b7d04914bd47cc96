package dk.konferencebasen.evaluation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Runs every judged query through every system and scores the rankings. */
public final class RetrievalEvaluation {
  private RetrievalEvaluation() {}

  /** What one system made of one query. */
  public record Outcome(List<String> ranking, boolean parsed, OptionalInt firstRelevantRank,
      double successAt1, double reciprocalRank, double ndcg) {

    static Outcome of(List<String> ranking, Set<String> relevant) {
      return new Outcome(List.copyOf(ranking), true, RankingMetrics.firstRelevantRank(ranking, relevant),
          RankingMetrics.successAt1(ranking, relevant), RankingMetrics.reciprocalRank(ranking, relevant),
          RankingMetrics.ndcgAt10(ranking, relevant));
    }

    /** A query the system's parser refused: it scores 0. */
    static final Outcome UNPARSED = new Outcome(List.of(), false, OptionalInt.empty(), 0, 0, 0);
  }

  /** Means over a group of queries. */
  public record Scores(int queries, double successAt1, double mrr, double ndcg, int unparsed) {}

  /** Every outcome, by query id and then by system name (both in evaluation order). */
  public record Result(QuerySet querySet, List<String> systems, Map<String, Map<String, Outcome>> outcomes) {

    public Outcome outcome(String queryId, String system) {
      return outcomes.get(queryId).get(system);
    }

    /** Mean scores of {@code system} over the queries of {@code category}, or all when null. */
    public Scores scores(String system, String category) {
      int n = 0;
      int unparsed = 0;
      double s1 = 0;
      double rr = 0;
      double ndcg = 0;
      for (JudgedQuery q : querySet.queries()) {
        if (category != null && !category.equals(q.category())) {
          continue;
        }
        Outcome o = outcome(q.id(), system);
        n++;
        unparsed += o.parsed() ? 0 : 1;
        s1 += o.successAt1();
        rr += o.reciprocalRank();
        ndcg += o.ndcg();
      }
      return n == 0 ? new Scores(0, 0, 0, 0, 0) : new Scores(n, s1 / n, rr / n, ndcg / n, unparsed);
    }
  }

  /**
   * @param relevance query id → relevant passage ids (from {@link QuerySet#resolve})
   * @param systems name → ranker, in the order the result lists them
   */
  public static Result run(QuerySet querySet, Map<String, Set<String>> relevance, Map<String, ? extends Ranker> systems)
      throws IOException {
    Map<String, Map<String, Outcome>> outcomes = new LinkedHashMap<>();
    for (JudgedQuery q : querySet.queries()) {
      Set<String> relevant = relevance.get(q.id());
      if (relevant == null || relevant.isEmpty()) {
        throw new IllegalArgumentException("query " + q.id() + " has no relevant passages");
      }
      Map<String, Outcome> bySystem = new LinkedHashMap<>();
      for (Map.Entry<String, ? extends Ranker> system : systems.entrySet()) {
        Outcome outcome;
        try {
          outcome = Outcome.of(system.getValue().rank(q.query()), relevant);
        } catch (Ranker.UnparseableQueryException e) {
          outcome = Outcome.UNPARSED;
        }
        bySystem.put(system.getKey(), outcome);
      }
      outcomes.put(q.id(), bySystem);
    }
    return new Result(querySet, List.copyOf(systems.keySet()), outcomes);
  }
}
