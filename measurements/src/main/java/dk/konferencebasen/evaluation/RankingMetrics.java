package dk.konferencebasen.evaluation;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Ranking measures over the top {@link #K} results, with binary relevance:
 * <ul>
 *   <li>success@1: 1 when the first result is relevant, else 0;
 *   <li>reciprocal rank: 1 / rank of the first relevant result, 0 when none is in the top 10
 *       (its mean over queries is the MRR);
 *   <li>nDCG@10: DCG = sum over ranks i = 1..10 of rel(i) / log2(i + 1), divided by the DCG of
 *       the ideal ranking, which puts all relevant passages first.
 * </ul>
 * Results beyond the tenth are ignored; a query with no relevant passage scores 0.
 */
public final class RankingMetrics {
  public static final int K = 10;

  private RankingMetrics() {}

  /** The 1-based rank of the first relevant result in the top 10, if any. */
  public static OptionalInt firstRelevantRank(List<String> ranking, Set<String> relevant) {
    for (int i = 0; i < Math.min(K, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  public static double successAt1(List<String> ranking, Set<String> relevant) {
    return !ranking.isEmpty() && relevant.contains(ranking.get(0)) ? 1 : 0;
  }

  public static double reciprocalRank(List<String> ranking, Set<String> relevant) {
    OptionalInt rank = firstRelevantRank(ranking, relevant);
    return rank.isPresent() ? 1.0 / rank.getAsInt() : 0;
  }

  public static double ndcgAt10(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double dcg = 0;
    for (int i = 0; i < Math.min(K, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += discount(i + 1);
      }
    }
    double ideal = 0;
    for (int i = 1; i <= Math.min(K, relevant.size()); i++) {
      ideal += discount(i);
    }
    return dcg / ideal;
  }

  private static double discount(int rank) {
    return 1 / (Math.log(rank + 1) / Math.log(2));
  }
}
