package dk.konferencebasen.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns each query word into the term it has as a part of a compound ("far" → "\u0001far"), so
 * that a search engine that only takes analysers — OpenSearch's match query — can also find
 * "minoritetsfædres" for "fædre", as the product's query builder does with a term query.
 */
public final class PartMarkFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  public PartMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 0 && term.charAt(0) != TokenTypes.PART_MARKER) {
      String word = term.toString();
      term.setEmpty().append(TokenTypes.PART_MARKER).append(word);
    }
    type.setType(TokenTypes.PART);
    return true;
  }
}
