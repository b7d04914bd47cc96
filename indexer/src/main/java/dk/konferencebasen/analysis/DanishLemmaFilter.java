package dk.konferencebasen.analysis;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each word the Danish dictionaries know by its lemma ("fædrene" → "far", "gik" →
 * "gå") and marks it as a keyword, so the stemmer after it only touches the words the
 * dictionaries do not know.
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
      Optional<String> lemma = lemmatizer.lemma(term.toString());
      if (lemma.isPresent()) {
        term.setEmpty().append(lemma.get());
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
