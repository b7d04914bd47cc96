package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

public class ElidedCompoundFilterTest extends FilterTestCase {
  private static final CompoundSplitter SPLITTER = new CompoundSplitter(DanishLemmatizer.shared());
  private static final char SOFT = ElisionMarkFilter.SOFT_HYPHEN;

  private final Analyzer onWhitespace =
      filtering(false, tokenizer -> new ElidedCompoundFilter(tokenizer, SPLITTER), ElisionMarkFilter::new);
  /** The tokenizer the product uses, which must keep the soft hyphen on the word. */
  private final Analyzer standard =
      filtering(StandardTokenizer::new, tokenizer -> new ElidedCompoundFilter(tokenizer, SPLITTER), ElisionMarkFilter::new);

  public void testAddsTheCompoundTheFirstWordStandsFor() throws Exception {
    for (Analyzer a : new Analyzer[] {onWhitespace, standard}) {
      assertAnalyzesTo(a, "udlændinge- og integrationsminister",
          new String[] {"udlændinge", "udlændingeminister", "og", "integrationsminister"},
          new int[] {0, 0, 12, 15},
          new int[] {11, 11, 14, 35},
          new int[] {1, 0, 1, 1});
    }
  }

  public void testNoCompoundAfterTheConjunction() throws Exception {
    assertAnalyzesTo(onWhitespace, "udlændinge- og ", new String[] {"udlændinge", "og"}, new int[] {1, 1});
    assertAnalyzesTo(onWhitespace, "udlændinge- og x", new String[] {"udlændinge", "og", "x"}, new int[] {1, 1, 1});
  }

  public void testAMarkedWordAtTheEnd() throws Exception {
    // the mark comes from the char filter in the product; a tokenizer could still end on one
    Analyzer unmarked = filtering(false, tokenizer -> new ElidedCompoundFilter(tokenizer, SPLITTER));
    assertAnalyzesTo(unmarked, "sprog" + SOFT, new String[] {"sprog"});
    assertAnalyzesTo(unmarked, "sprog" + SOFT + " og", new String[] {"sprog", "og"});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), onWhitespace, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), standard, 200 * RANDOM_MULTIPLIER);
  }
}
