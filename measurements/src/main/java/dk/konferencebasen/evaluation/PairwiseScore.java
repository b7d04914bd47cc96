package dk.konferencebasen.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering of word types against gold clusters. Precision
 * = pairs in one predicted cluster that are also in one gold cluster / pairs in one predicted
 * cluster; recall = the same / pairs in one gold cluster.
 */
public record PairwiseScore(long predictedPairs, long goldPairs, long correctPairs) {

  /**
   * @param predicted type → predicted cluster name (a type missing here is a cluster of its own)
   * @param gold type → gold cluster name, for every type
   */
  public static PairwiseScore of(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> bothSizes = new HashMap<>();
    gold.forEach((type, goldCluster) -> {
      goldSizes.merge(goldCluster, 1L, Long::sum);
      String cluster = predicted.get(type);
      if (cluster != null) {
        predictedSizes.merge(cluster, 1L, Long::sum);
        bothSizes.merge(cluster + "\u0000" + goldCluster, 1L, Long::sum);
      }
    });
    return new PairwiseScore(pairs(predictedSizes), pairs(goldSizes), pairs(bothSizes));
  }

  private static long pairs(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  public double precision() {
    return predictedPairs == 0 ? 0 : (double) correctPairs / predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 0 : (double) correctPairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
