package dk.konferencebasen.analysis;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The one analysis chain for Danish full text, used by the indexer and by every query the
 * server builds, so that both sides always produce the same terms.
 *
 * <p>Starts from Lucene's Danish chain (stop words, Snowball stemmer) and adds what that chain
 * misses in conference material: genitive apostrophes after acronyms and names ("KL’s") and the
 * old spellings aa/ae/oe. Later work on lemmas and compounds grows here.
 */
public final class DanishTextAnalyzer extends Analyzer {
  /** "KL’s", "KL's", "Mads’": the apostrophe genitive, which Danish uses after acronyms and s. */
  private static final Pattern APOSTROPHE_GENITIVE = Pattern.compile("['’](s)?$");

  private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new PatternReplaceFilter(source, APOSTROPHE_GENITIVE, "", false);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new OldSpellingFilter(stream);
    stream = new SnowballFilter(stream, new DanishStemmer());
    return new TokenStreamComponents(source, stream);
  }

  /** Used for prefix, wildcard and fuzzy terms, which are not stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new OldSpellingFilter(new LowerCaseFilter(in));
  }
}
