package dk.konferencebasen.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

public class DanishLemmaFilterTest extends FilterTestCase {
  // a word marked as a keyword (as DecompoundFilter marks a compound it has given its lemma) is
  // left as it is
  private final Analyzer analyzer = filtering(true, tokenizer -> new DanishLemmaFilter(
      new SetKeywordMarkerFilter(tokenizer, new CharArraySet(List.of("kommunerne"), false)), DanishLemmatizer.shared()));

  public void testWordsBecomeTheirLemma() throws Exception {
    assertAnalyzesTo(analyzer, "Fædrene gik", new String[] {"far", "gå"}, new int[] {0, 8}, new int[] {7, 11});
  }

  // the lemma dictionary lacks most adjectives: their root comes from the spelling dictionary's
  // affix rules, not from Snowball ("frivil", and "villige" → "vil" as if from "ville")
  public void testAnAdjectiveTheLemmaDictionaryLacksBecomesItsRoot() throws Exception {
    assertAnalyzesTo(analyzer, "frivillige frivilligt uafhængige villige",
        new String[] {"frivillig", "frivillig", "uafhængig", "villig"});
  }

  public void testKeywordsAreLeftAlone() throws Exception {
    assertAnalyzesTo(analyzer, "kommunerne kommunen", new String[] {"kommunerne", "kommune"});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
