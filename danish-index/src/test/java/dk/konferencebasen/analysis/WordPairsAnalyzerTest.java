package dk.konferencebasen.analysis;

import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

// No suite time limit (0: none). Lucene's test framework gives every suite 2 hours, after which
// it fails the suite however far it got; a test here must not fail by the clock, and a hang is
// stopped by the test run's own limit.
@TimeoutSuite(millis = 0)
public class WordPairsAnalyzerTest extends BaseTokenStreamTestCase {
  public void testNeighbouringWordsAfterTheDanishChain() throws Exception {
    try (Analyzer pairs = new WordPairsAnalyzer()) {
      // "er" is indexed as its lemma "være"; a compound stays whole (no parts in the pairs)
      assertAnalyzesTo(pairs, "Der er sprogundervisning i dag",
          new String[] {"der være", "være sprogundervisning", "sprogundervisning i", "i dag"},
          new int[] {0, 4, 7, 25},
          new int[] {6, 24, 26, 30});
      assertEquals("der være", WordPairsAnalyzer.pair("der", "være"));
    }
  }

  public void testOneWordHasNoPair() throws Exception {
    try (Analyzer pairs = new WordPairsAnalyzer()) {
      assertAnalyzesTo(pairs, "Aalborg", new String[0]);
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer pairs = new WordPairsAnalyzer()) {
      checkRandomData(random(), pairs, 200 * RANDOM_MULTIPLIER);
    }
  }
}
