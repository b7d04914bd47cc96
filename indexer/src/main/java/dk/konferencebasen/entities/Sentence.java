package dk.konferencebasen.entities;

import java.util.List;

/**
 * The tokens of one sentence (or heading line) of a passage.
 *
 * @param source the whole passage text the token offsets point into
 * @param firstWord index of the first word or number: the token capitalised by position
 * @param allCapitals the sentence is written in capitals (a shouted heading), so its capital
 *     words say nothing about names or acronyms
 */
record Sentence(String source, List<Token> tokens, int firstWord, boolean allCapitals) {
  Sentence {
    tokens = List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  /** The token at {@code index}, or null outside the sentence, so rules can look around freely. */
  Token token(int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
  }

  boolean isPunct(int index, String mark) {
    Token t = token(index);
    return t != null && t.isPunct(mark);
  }

  boolean isWord(int index, String word) {
    Token t = token(index);
    return t != null && t.isWord(word);
  }

  /** Nothing but punctuation from token {@code index} to the sentence's end. */
  boolean onlyPunctuationFrom(int index) {
    for (int i = index; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  boolean isCapitalised(int index) {
    Token t = token(index);
    return t != null && t.isCapitalised();
  }
}
