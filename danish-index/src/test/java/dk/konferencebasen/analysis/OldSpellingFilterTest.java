package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;

public class OldSpellingFilterTest extends FilterTestCase {
  private final Analyzer analyzer = filtering(true, OldSpellingFilter::new);

  public void testFoldsTheDanishOldSpellingsOnly() throws Exception {
    assertAnalyzesTo(analyzer, "Aalborg aeldrepleje Koebenhavn Ålborg",
        new String[] {"ålborg", "ældrepleje", "københavn", "ålborg"},
        new int[] {0, 8, 20, 31},
        new int[] {7, 19, 30, 37});
  }

  public void testLeavesTheOtherScandinavianFoldingsOut() throws Exception {
    // ao → å and oo → ø would mangle ordinary Danish words
    assertAnalyzesTo(analyzer, "koordinator kaos", new String[] {"koordinator", "kaos"});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
