package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void keepsEveryMatchUpToTheLimitAndASampleOfAtMostTheLimitAbove() throws Exception {
    MatchTally.Tally few = tally(1_000, 1_000);
    assertEquals(1_000, few.passages());
    assertFalse(few.sampled());
    assertEquals(1_000, few.sample().length);

    MatchTally.Tally many = tally(100_000, 1_000);
    assertEquals(100_000, many.passages(), "the total stays exact");
    assertTrue(many.sampled());
    assertTrue(many.sample().length > 0 && many.sample().length <= 1_000, "kept " + many.sample().length);
    // The sample, scaled up, estimates the total: within four standard deviations, sqrt(N (1 - r) / r).
    double r = many.samplingRate();
    assertEquals(100_000, many.sample().length / r, 4 * Math.sqrt(100_000 * (1 - r) / r));
    for (int doc : many.sample()) {
      assertTrue(MatchTally.level(doc) >= many.level(), "doc " + doc + " is below the sample's level");
    }
    assertArrayEquals(many.sample(), tally(100_000, 1_000).sample(), "the same matches give the same sample");
  }

  /** Collects docs 0..n-1 as one segment without report documents would hand them over. */
  private static MatchTally.Tally tally(int n, int limit) throws Exception {
    var manager = MatchTally.manager(limit, SameTextReports.NONE);
    MatchTally.Tallier tallier = manager.newCollector();
    for (int doc = 0; doc < n; doc++) {
      tallier.collect(doc);
    }
    return manager.reduce(List.of(tallier));
  }
}
