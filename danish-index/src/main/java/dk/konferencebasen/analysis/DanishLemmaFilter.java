package dk.konferencebasen.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each word by the term it is indexed under: its lemma when the Danish dictionaries
 * know it ("fædrene" → "far", "gik" → "gå"), else its Snowball stem ({@link
 * DanishLemmatizer#normalForm}). Words marked as keywords (compounds already given their lemma)
 * are left as they are.
 */
public final class DanishLemmaFilter extends TokenFilter {
  private final DanishLemmatizer lemmatizer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public DanishLemmaFilter(TokenStream input, DanishLemmatizer lemmatizer) {
    super(input);
    this.lemmatizer = lemmatizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String normal = lemmatizer.normalForm(term.toString());
      term.setEmpty().append(normal);
      keyword.setKeyword(true);
    }
    return true;
  }
}
