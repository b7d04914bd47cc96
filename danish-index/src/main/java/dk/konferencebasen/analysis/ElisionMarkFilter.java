package dk.konferencebasen.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Turns the hyphen of an elided compound ("udlændinge- og integrationsminister") into a soft
 * hyphen, which the tokenizer keeps on the word, so that {@link ElidedCompoundFilter} can see
 * it. A hyphen counts when it follows a letter and is followed by white space and "og",
 * "eller", "samt" or "&". One character for one, so offsets need no correction.
 */
public final class ElisionMarkFilter extends CharFilter {
  static final char SOFT_HYPHEN = '\u00AD';
  private static final String[] CONJUNCTIONS = {"og", "eller", "samt", "&"};

  private char[] text;
  private int position;

  public ElisionMarkFilter(Reader input) {
    super(input);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (text == null) {
      text = mark(readAll());
    }
    if (position >= text.length) {
      return -1;
    }
    int n = Math.min(length, text.length - position);
    System.arraycopy(text, position, buffer, offset, n);
    position += n;
    return n;
  }

  private char[] readAll() throws IOException {
    StringBuilder all = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n; (n = input.read(chunk)) != -1; ) {
      all.append(chunk, 0, n);
    }
    return all.toString().toCharArray();
  }

  static char[] mark(char[] text) {
    for (int i = 1; i < text.length - 2; i++) {
      if (text[i] == '-' && Character.isLetter(text[i - 1]) && Character.isWhitespace(text[i + 1])
          && conjunctionFollows(text, i + 1)) {
        text[i] = SOFT_HYPHEN;
      }
    }
    return text;
  }

  private static boolean conjunctionFollows(char[] text, int from) {
    int start = from;
    while (start < text.length && Character.isWhitespace(text[start])) {
      start++;
    }
    for (String conjunction : CONJUNCTIONS) {
      int end = start + conjunction.length();
      if (end < text.length && Character.isWhitespace(text[end])
          && new String(text, start, conjunction.length()).equals(conjunction)) {
        return true;
      }
    }
    return false;
  }
}
