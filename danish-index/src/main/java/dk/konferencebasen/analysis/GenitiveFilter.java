package dk.konferencebasen.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the apostrophe genitive that Danish writes after acronyms, names ending in s and
 * foreign words: "KL’s" → "KL", "KL's" → "KL", "Mads’" → "Mads".
 */
public final class GenitiveFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public GenitiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    if (length > 2 && (buffer[length - 1] == 's' || buffer[length - 1] == 'S') && isApostrophe(buffer[length - 2])) {
      term.setLength(length - 2);
    } else if (length > 1 && isApostrophe(buffer[length - 1])) {
      term.setLength(length - 1);
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
