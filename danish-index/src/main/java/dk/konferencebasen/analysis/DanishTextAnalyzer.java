package dk.konferencebasen.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain for Danish full text, used by the indexer and by every query the
 * server builds, so that both sides always produce the same terms.
 *
 * <p>Words the Danish dictionaries know become their lemma ("fædrene" → "far", "kommunerne" →
 * "kommune"); the rest are stemmed with Lucene's Danish Snowball stemmer. Genitive apostrophes
 * ("KL’s") go, and the old spellings aa/ae/oe meet å/æ/ø. Stop words are kept: BM25 gives them
 * little weight anyway, and phrases and words like "blev" or "mange" stay searchable.
 */
public final class DanishTextAnalyzer extends Analyzer {
  private final boolean emitCompoundParts;
  private final SynonymMap synonyms;

  /** The chain for indexing: compounds also yield their parts. */
  public DanishTextAnalyzer() {
    this(true, null);
  }

  /**
   * @param emitCompoundParts true when indexing; false for queries, where a compound must match
   *     itself and not everything that shares a part with it
   * @param synonyms applied right after lower-casing (queries only), or null for none
   */
  public DanishTextAnalyzer(boolean emitCompoundParts, SynonymMap synonyms) {
    this.emitCompoundParts = emitCompoundParts;
    this.synonyms = synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new GenitiveFilter(source);
    stream = new LowerCaseFilter(stream);
    if (synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    // Old spellings are folded before the dictionaries look, so "aeldrepleje" is "ældrepleje".
    stream = new OldSpellingFilter(stream);
    stream = new ElidedCompoundFilter(stream, CompoundSplitter.shared());
    stream = new DecompoundFilter(stream, DanishLemmatizer.shared(), CompoundSplitter.shared(), emitCompoundParts);
    stream = new DanishLemmaFilter(stream, DanishLemmatizer.shared());
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ElisionMarkFilter(reader);
  }

  /** Used for prefix, wildcard and fuzzy terms, which are not stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new OldSpellingFilter(new LowerCaseFilter(in));
  }
}
