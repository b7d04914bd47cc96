package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;

public class PartMarkFilterTest extends FilterTestCase {
  private final Analyzer analyzer = filtering(false, PartMarkFilter::new);

  // Positions are the tokenizer's, untouched (null: not asked of MockTokenizer, which has them
  // only under some of the test framework's random attribute factories).
  public void testEveryWordBecomesItsPartTermWithItsOffsets() throws Exception {
    assertAnalyzesTo(analyzer, "fædre og børn",
        new String[] {"\u0001fædre", "\u0001og", "\u0001børn"},
        new int[] {0, 6, 9},
        new int[] {5, 8, 13},
        new String[] {TokenTypes.PART, TokenTypes.PART, TokenTypes.PART},
        null);
  }

  public void testATermAlreadyMarkedIsNotMarkedTwice() throws Exception {
    Analyzer twice = filtering(false, tokenizer -> new PartMarkFilter(new PartMarkFilter(tokenizer)));
    assertAnalyzesTo(twice, "far", new String[] {"\u0001far"});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
