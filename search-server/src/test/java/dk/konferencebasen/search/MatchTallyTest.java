package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.junit.jupiter.api.Test;

/** The sampling that the facet estimates rest on, without an index. */
class MatchTallyTest {
  @Test
  void levelKOrAboveHasProbabilityTwoToTheMinusK() {
    int n = 1 << 20;
    int[] atLeast = new int[8];
    int neighboursBothAtOne = 0;
    for (int doc = 0; doc < n; doc++) {
      int level = MatchTally.level(doc);
      if (level >= 1 && MatchTally.level(doc + 1) >= 1) {
        neighboursBothAtOne++;
      }
      for (int k = 0; k < atLeast.length && k <= level; k++) {
        atLeast[k]++;
      }
    }
    for (int k = 0; k < atLeast.length; k++) {
      double p = Math.scalb(1.0, -k);
      double expected = n * p;
      // As for independent coin flips: within four binomial standard deviations.
      assertEquals(expected, atLeast[k], 4 * Math.sqrt(n * p * (1 - p)) + 0.5, "level >= " + k);
    }
    // Neighbours (one report's passages) are independent too: the doc id's own trailing zeros
    // would give the right shares above, but never two neighbours at level 1. Overlapping pairs
    // share a coin, so the variance is n (1/4 · 3/4 + 2 (1/8 - 1/16)) = 5n/16.
    assertEquals(n / 4.0, neighboursBothAtOne, 4 * Math.sqrt(n * 5.0 / 16), "pairs of neighbours at level >= 1");
  }

  @Test
  void countsUpToTheLimitThenStops() throws Exception {
    MatchTally.Tally few = count(1_000, 1_000);
    assertEquals(1_000, few.passages());
    assertTrue(few.complete());
    assertFalse(few.sampled());
    assertEquals(1_000, few.sample().length, "every counted match is kept for the facets");

    MatchTally.Tally many = count(100_000, 1_000);
    assertFalse(many.complete());
    assertEquals(1_000, many.passages(), "a lower bound: the limit");
    assertEquals(1_000, many.sample().length);
  }

  @Test
  void theSampleLevelFollowsHowFarTheCountGot() {
    // 10 000 counted in the first tenth of the index: about 100 000 matches, so 1/2^3 of them
    // (12 500) is a sample of 10 000 to 20 000
    assertEquals(3, new MatchTally.Tally(10_000, 0, 0, new int[0], 0, false, 0.1).sampleLevel());
    assertEquals(1, new MatchTally.Tally(10_000, 0, 0, new int[0], 0, false, 0.9).sampleLevel(), "at least half");
    assertEquals(6, new MatchTally.Tally(10_000, 0, 0, new int[0], 0, false, 0.01).sampleLevel());
  }

  @Test
  void aSampleKeepsTheMatchesOfItsLevelAndAtMostTheLimit() throws Exception {
    MatchTally.Tally many = sample(100_000, 2, 1_000);
    assertTrue(many.sampled());
    assertTrue(many.level() >= 2);
    assertTrue(many.sample().length > 0 && many.sample().length <= 1_000, "kept " + many.sample().length);
    // The sample, scaled up, estimates the total: within four standard deviations, sqrt(N (1 - r) / r).
    double r = many.samplingRate();
    assertEquals(100_000, many.sample().length / r, 4 * Math.sqrt(100_000 * (1 - r) / r));
    for (int doc : many.sample()) {
      assertTrue(MatchTally.level(doc) >= many.level(), "doc " + doc + " is below the sample's level");
    }
    assertArrayEquals(many.sample(), sample(100_000, 2, 1_000).sample(), "the same matches give the same sample");
  }

  /** Collects docs 0..n-1 as one segment without report documents would hand them over. */
  private static MatchTally.Tally count(int n, int limit) throws Exception {
    return collect(MatchTally.counting(limit, SameTextReports.NONE), n);
  }

  private static MatchTally.Tally sample(int n, int level, int limit) throws Exception {
    return collect(MatchTally.sampling(level, limit, SameTextReports.NONE), n);
  }

  private static MatchTally.Tally collect(CollectorManager<MatchTally.Tallier, MatchTally.Tally> manager, int n)
      throws Exception {
    MatchTally.Tallier tallier = manager.newCollector();
    try {
      for (int doc = 0; doc < n; doc++) {
        tallier.collect(doc);
      }
    } catch (CollectionTerminatedException e) {
      // the count stopped at its limit, as IndexSearcher lets a collector do
    }
    return manager.reduce(List.of(tallier));
  }
}
