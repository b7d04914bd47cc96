package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;

public class DecompoundFilterTest extends FilterTestCase {
  private static final CompoundSplitter SPLITTER = new CompoundSplitter(DanishLemmatizer.shared());
  private static final String PART = TokenTypes.PART;
  private static final String WORD = "word";

  private final Analyzer indexing =
      filtering(true, tokenizer -> new DecompoundFilter(tokenizer, DanishLemmatizer.shared(), SPLITTER, true));
  private final Analyzer querying =
      filtering(true, tokenizer -> new DecompoundFilter(tokenizer, DanishLemmatizer.shared(), SPLITTER, false));

  private static String part(String term) {
    return TokenTypes.PART_MARKER + term;
  }

  public void testACompoundGetsItsLemmaAndItsPartsAtItsPosition() throws Exception {
    assertAnalyzesTo(indexing, "om minoritetsfædres netværk",
        new String[] {"om", "minoritetsfar", part("minoritet"), part("far"), "netværk"},
        new int[] {0, 3, 3, 3, 20},
        new int[] {2, 19, 19, 19, 27},
        new String[] {WORD, WORD, PART, PART, WORD},
        new int[] {1, 1, 0, 0, 1});
  }

  public void testQueriesGetTheLemmaOnly() throws Exception {
    assertAnalyzesTo(querying, "minoritetsfædres", new String[] {"minoritetsfar"}, new int[] {1});
  }

  public void testAPartSpelledLikeTheLemmaIsNotRepeated() throws Exception {
    // every part differs from the lemma; the lemma is never also emitted as a part
    assertAnalyzesTo(indexing, "sprogundervisning",
        new String[] {"sprogundervisning", part("sprog"), part("undervisning")}, new int[] {1, 0, 0});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), indexing, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), querying, 200 * RANDOM_MULTIPLIER);
  }
}
