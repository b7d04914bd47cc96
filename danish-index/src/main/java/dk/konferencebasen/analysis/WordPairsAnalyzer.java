package dk.konferencebasen.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.shingle.FixedShingleFilter;

/**
 * Every two neighbouring words of a text as one term, after the Danish chain: "der er mange" gives
 * "der være" and "være mange". A phrase of two words is then one term to look up, with its own
 * postings and scores, instead of two long lists of positions to line up — the difference that
 * matters for phrases of common words ("der er", "i dag"), whose words are in most passages
 * (Elasticsearch's {@code index_phrases} does the same). Compounds stay whole here: a phrase in
 * a query never stands for the parts of a compound.
 */
public final class WordPairsAnalyzer extends AnalyzerWrapper {
  /** Between the two words of a pair, as {@link FixedShingleFilter} joins them. */
  public static final String SEPARATOR = " ";

  private final Analyzer words = new DanishTextAnalyzer(false, null);

  public WordPairsAnalyzer() {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
  }

  /** The term a pair of analysed words is indexed under. */
  public static String pair(String first, String second) {
    return first + SEPARATOR + second;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return words;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(), new FixedShingleFilter(components.getTokenStream(), 2));
  }

  @Override
  public void close() {
    words.close();
    super.close();
  }
}
