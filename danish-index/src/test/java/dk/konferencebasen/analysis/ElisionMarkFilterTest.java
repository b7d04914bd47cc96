package dk.konferencebasen.analysis;

import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;

public class ElisionMarkFilterTest extends FilterTestCase {
  private static final char SOFT = ElisionMarkFilter.SOFT_HYPHEN;

  private final Analyzer analyzer = filtering(false, tokenizer -> tokenizer, ElisionMarkFilter::new);

  private static String marked(String text) throws Exception {
    try (Reader reader = new ElisionMarkFilter(new StringReader(text))) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[3]; // small reads, as a tokenizer may make them
      for (int n; (n = reader.read(buffer, 0, buffer.length)) != -1; ) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    }
  }

  public void testMarksTheHyphenOfAnElidedCompound() throws Exception {
    assertEquals("udlændinge" + SOFT + " og integrationsminister", marked("udlændinge- og integrationsminister"));
    assertEquals("social" + SOFT + "  eller sundhedsområdet", marked("social-  eller sundhedsområdet"));
    assertEquals("by" + SOFT + " & landskabsstyrelsen", marked("by- & landskabsstyrelsen"));
  }

  public void testLeavesOtherHyphensAlone() throws Exception {
    for (String text : new String[] {"Syd-og Sønderjylland", "KL - og kommunerne", "2019- og 2020", "ord- ogsaa",
        "udlændinge- og", "-", "- og x"}) {
      assertEquals(text, marked(text));
    }
  }

  public void testOneCharacterForOneKeepsTheOffsets() throws Exception {
    assertAnalyzesTo(analyzer, "udlændinge- og integrationsminister",
        new String[] {"udlændinge" + SOFT, "og", "integrationsminister"},
        new int[] {0, 12, 15},
        new int[] {11, 14, 35});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
