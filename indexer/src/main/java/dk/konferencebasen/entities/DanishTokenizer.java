package dk.konferencebasen.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a passage into sentences of tokens, keeping character offsets.
 *
 * <p>Sentence boundaries matter because a Danish word capitalised at the start of a sentence is
 * not thereby a name. A sentence ends at an unquoted {@code . ! ? : …} and at a line break
 * (headings and page chrome are single lines). A full stop that belongs to an abbreviation
 * ("adm.", "bl.a.", "sep."), an ordinal ("den 10. sep.") or an initial ("Mette F. Hansen") stays in
 * its token and does not end the sentence. Tokens between quotation marks are flagged as quoted.
 */
final class DanishTokenizer {
  /** One initial or several run together: "F" of "Mette F. Hansen", "H.C" of "H.C. Andersen". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

  /** Characters that may join two parts of one word: Kastrup-Larsen, bl.a, A/S, KL’s, H&M. */
  private static final String INNER_CONNECTORS = "-‐./'’&";

  private static final String SENTENCE_END = ".!?:…";

  /**
   * Opening quotation marks, each with the marks that may close it (Danish uses ”…”, »…«, “…”,
   * and single ’…’ or ‘…’ for titles: "’Vejen til visionen’").
   */
  private static final String OPENERS = "\"”“„«»‘’'";

  private static final String[] CLOSERS = {"\"", "”", "”“", "“”", "»", "«", "’", "’", "'"};

  /** Single quotation marks, which are also apostrophes ("Jens’ bog"): they quote only when they hug the quoted words. */
  private static final String SINGLE = "‘’'";

  private final WordList abbreviations;

  DanishTokenizer(WordList abbreviations) {
    this.abbreviations = abbreviations;
  }

  List<Sentence> sentences(String text) {
    List<Token> raw = new ArrayList<>();
    List<Boolean> newlineBefore = new ArrayList<>();
    scan(text, raw, newlineBefore);
    boolean[] quoted = quotedTokens(raw);

    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Token r = raw.get(i);
      Token t = new Token(r.text(), r.start(), r.end(), r.kind(), quoted[i]);
      if (newlineBefore.get(i) && !current.isEmpty()) {
        sentences.add(sentence(text, current));
        current = new ArrayList<>();
      }
      current.add(t);
      boolean end = t.kind() == Token.Kind.PUNCT && !t.quoted() && SENTENCE_END.contains(t.text());
      if (end) {
        sentences.add(sentence(text, current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(sentence(text, current));
    }
    return sentences;
  }

  private static Sentence sentence(String text, List<Token> tokens) {
    int firstWord = -1;
    int words = 0;
    int capitalWords = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.PUNCT && firstWord < 0) {
        firstWord = i;
      }
      if (t.isWord()) {
        words++;
        if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
          capitalWords++;
        }
      }
    }
    return new Sentence(text, tokens, firstWord, words >= 2 && capitalWords == words);
  }

  private void scan(String text, List<Token> tokens, List<Boolean> newlineBefore) {
    int n = text.length();
    int i = 0;
    boolean newline = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        newline = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end;
      Token.Kind kind;
      if (Character.isLetterOrDigit(c)) {
        end = keepAbbreviationStop(text, i, wordEnd(text, i));
        kind = hasLetter(text, i, end) ? Token.Kind.WORD : Token.Kind.NUMBER;
      } else {
        end = i + 1;
        kind = Token.Kind.PUNCT;
      }
      tokens.add(new Token(text.substring(i, end), i, end, kind, false));
      newlineBefore.add(newline);
      newline = false;
      i = end;
    }
  }

  /**
   * "Idrættens Analyseinstitut/Videncenter for Folkeoplysning", "Lolland/Falster": a slash between
   * two capitalised words of three letters or more stands between two names; "A/S", "v/" and
   * "og/eller" keep theirs.
   */
  private static boolean namesTwo(String s, int wordStart, int slash) {
    int after = slash + 1;
    while (after < s.length() && Character.isLetter(s.charAt(after))) {
      after++;
    }
    return slash - wordStart >= 3 && after - slash - 1 >= 3 && Character.isUpperCase(s.charAt(wordStart))
        && Character.isUpperCase(s.charAt(slash + 1)) && s.substring(wordStart, slash).chars().allMatch(Character::isLetter);
  }

  private static int wordEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    while (j < n) {
      char c = s.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
        continue;
      }
      if (j + 1 < n && INNER_CONNECTORS.indexOf(c) >= 0) {
        char next = s.charAt(j + 1);
        if (c == '/' && namesTwo(s, i, j)) {
          break;
        }
        if (Character.isLetterOrDigit(next)) {
          j += 2;
          continue;
        }
        // "PhD.-studerende", "ph.d.-studerende": a stop, then a hyphen joining the next word
        if (c == '.' && next == '-' && j + 2 < n && Character.isLetter(s.charAt(j + 2))) {
          j += 3;
          continue;
        }
      }
      break;
    }
    // A suspended compound keeps its hyphen: "Udlændinge- og Integrationsministeriet",
    // "Plan-, Miljø- og Klimaudvalget".
    if (j < n && s.charAt(j) == '-' && Character.isLetter(s.charAt(j - 1))
        && (j + 1 == n || Character.isWhitespace(s.charAt(j + 1)) || s.charAt(j + 1) == ',')) {
      j++;
    }
    return j;
  }

  /** Extends a word over its full stop when the stop does not end the sentence. */
  private int keepAbbreviationStop(String s, int start, int end) {
    if (end >= s.length() || s.charAt(end) != '.') {
      return end;
    }
    String word = s.substring(start, end);
    if (!hasLetter(s, start, end)) {
      // An ordinal ("den 10. sep.") is followed by a lower-case word or a number.
      return nextIsLowerCaseOrDigit(s, end + 1) ? end + 1 : end;
    }
    if (INITIALS.matcher(word).matches() && nextIsUpperCase(s, end + 1)) {
      return end + 1; // "Mette F. Hansen", "H.C. Andersen"
    }
    if (abbreviations.fit(word + ".") == WordList.Fit.WHOLE_WORD && nextIsDigit(s, end + 1)) {
      return end + 1; // "KL. 14.00" is "kl. 14.00" shouted, no acronym
    }
    Token probe = new Token(word, start, end, Token.Kind.WORD, false);
    if (probe.isAcronym()) {
      return end; // "... i samarbejde med KL." ends the sentence
    }
    boolean innerStop = word.indexOf('.') > 0 && word.equals(word.toLowerCase(Locale.ROOT));
    if (innerStop || abbreviations.fit(word + ".") == WordList.Fit.WHOLE_WORD) {
      return end + 1;
    }
    return end;
  }

  private static boolean hasLetter(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int nextOnSameLine(String s, int i) {
    while (i < s.length() && s.charAt(i) != '\n' && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && s.charAt(i) != '\n' ? i : -1;
  }

  private static boolean nextIsLowerCaseOrDigit(String s, int i) {
    int j = nextOnSameLine(s, i);
    return j >= 0 && (Character.isLowerCase(s.charAt(j)) || Character.isDigit(s.charAt(j)));
  }

  private static boolean nextIsDigit(String s, int i) {
    int j = nextOnSameLine(s, i);
    return j >= 0 && Character.isDigit(s.charAt(j));
  }

  private static boolean nextIsUpperCase(String s, int i) {
    int j = nextOnSameLine(s, i);
    return j >= 0 && Character.isUpperCase(s.charAt(j));
  }

  /**
   * Marks the tokens from an opening quotation mark to its closing mark. A mark with no closer in
   * the passage is a stray (an inch sign, a typo) and opens nothing.
   */
  private static boolean[] quotedTokens(List<Token> tokens) {
    boolean[] quoted = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      int opener = quoteMark(tokens.get(i), OPENERS);
      if (opener < 0 || isSingle(tokens.get(i)) && !opensQuote(tokens, i)) {
        continue;
      }
      int close = i + 1;
      while (close < tokens.size() && (quoteMark(tokens.get(close), CLOSERS[opener]) < 0
          || isSingle(tokens.get(close)) && !closesQuote(tokens, close))) {
        close++;
      }
      if (close == tokens.size()) {
        continue;
      }
      for (int k = i; k <= close; k++) {
        quoted[k] = true;
      }
      i = close;
    }
    return quoted;
  }

  private static boolean isSingle(Token t) {
    return SINGLE.indexOf(t.text().charAt(0)) >= 0;
  }

  /** A single mark opens a quotation with a space (or nothing) before it and a word right after it. */
  private static boolean opensQuote(List<Token> tokens, int i) {
    Token mark = tokens.get(i);
    boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < mark.start();
    return spaceBefore && i + 1 < tokens.size() && tokens.get(i + 1).start() == mark.end() && tokens.get(i + 1).kind() != Token.Kind.PUNCT;
  }

  /** A single mark closes a quotation right after a word or a mark, with no space before it. */
  private static boolean closesQuote(List<Token> tokens, int i) {
    return tokens.get(i - 1).end() == tokens.get(i).start();
  }

  private static int quoteMark(Token t, String marks) {
    return t.kind() == Token.Kind.PUNCT ? marks.indexOf(t.text().charAt(0)) : -1;
  }
}
