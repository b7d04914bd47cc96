package dk.konferencebasen.analysis;

import java.io.IOException;
import java.util.EnumSet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer.Foldings;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the pre-1948 Danish spellings aa, ae and oe onto å, æ and ø (and Swedish/German ä, ö
 * onto æ, ø), so that "Ålborg" and "Aalborg" meet. Lucene's ScandinavianNormalizationFilter
 * applies every folding, including ao→å and oo→ø, which in Danish would mangle ordinary words
 * ("koordinator"); this filter uses the same normalizer with only the Danish foldings.
 */
public final class OldSpellingFilter extends TokenFilter {
  private static final ScandinavianNormalizer NORMALIZER =
      new ScandinavianNormalizer(EnumSet.of(Foldings.AA, Foldings.AE, Foldings.OE));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public OldSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(NORMALIZER.processToken(term.buffer(), term.length()));
    return true;
  }
}
