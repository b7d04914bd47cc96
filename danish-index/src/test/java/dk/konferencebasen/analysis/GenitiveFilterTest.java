package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;

public class GenitiveFilterTest extends FilterTestCase {
  private final Analyzer analyzer = filtering(false, GenitiveFilter::new);

  public void testDropsTheApostropheGenitiveAndKeepsTheOffsets() throws Exception {
    assertAnalyzesTo(analyzer, "KL’s KL's Mads’ Jens' DR’S",
        new String[] {"KL", "KL", "Mads", "Jens", "DR"},
        new int[] {0, 5, 10, 16, 22},
        new int[] {4, 9, 15, 21, 26});
  }

  public void testLeavesWordsWithoutAGenitiveAlone() throws Exception {
    // an apostrophe inside a word, a lone apostrophe, a plain s-word
    assertAnalyzesTo(analyzer, "rock'n'roll ’ Mads 's", new String[] {"rock'n'roll", "’", "Mads", "'s"});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
