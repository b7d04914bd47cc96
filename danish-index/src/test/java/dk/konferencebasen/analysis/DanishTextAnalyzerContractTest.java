package dk.konferencebasen.analysis;

import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The whole chain against Lucene's TokenStream contract on random text, in several threads at
 * once (the dictionaries' memos are shared between chains): offsets that never go backwards and
 * stay inside the text, position increments and lengths that make a graph, the same tokens for
 * the same text every time. The chain's Danish behaviour is DanishTextAnalyzerTest's.
 */
// No suite time limit (0: none). Lucene's test framework gives every suite 2 hours, after which
// it fails the suite however far it got; a test here must not fail by the clock, and a hang is
// stopped by the test run's own limit.
@TimeoutSuite(millis = 0)
public class DanishTextAnalyzerContractTest extends BaseTokenStreamTestCase {
  public void testIndexingChainOnRandomText() throws Exception {
    try (Analyzer analyzer = new DanishTextAnalyzer()) {
      checkRandomData(random(), analyzer, 300 * RANDOM_MULTIPLIER);
      checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2_000);
    }
  }

  public void testQueryChainOnRandomText() throws Exception {
    try (Analyzer analyzer = new DanishTextAnalyzer(false, null)) {
      checkRandomData(random(), analyzer, 300 * RANDOM_MULTIPLIER);
    }
  }

  public void testDanishSentencesKeepTheirOffsets() throws Exception {
    try (Analyzer analyzer = new DanishTextAnalyzer()) {
      // "fortalte", not "talte": that is the past of both "tale" and "tælle", and the dictionary
      // has one lemma for a form, whatever the context
      String text = "Udlændinge- og integrationsministeren fortalte om KL’s sprogundervisning i Aalborg.";
      assertAnalyzesTo(analyzer, text,
          new String[] {"udlænding", "udlændingeminister", part("udlænding"), part("minister"), "og", "integrationsminister",
              part("integration"), part("minister"), "fortælle", "om", "kl", "sprogundervisning", part("sprog"),
              part("undervisning"), "i", "ålborg"},
          new int[] {0, 0, 0, 0, 12, 15, 15, 15, 38, 47, 50, 55, 55, 55, 73, 75},
          new int[] {11, 11, 11, 11, 14, 37, 37, 37, 46, 49, 54, 72, 72, 72, 74, 82},
          new int[] {1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1});
    }
  }

  private static String part(String term) {
    return TokenTypes.PART_MARKER + term;
  }

  public void testWordsAnalyzerOnRandomText() throws Exception {
    try (Analyzer analyzer = new WordsAnalyzer()) {
      checkRandomData(random(), analyzer, 300 * RANDOM_MULTIPLIER);
    }
  }
}
