package dk.konferencebasen.entities;

import java.util.Locale;

/**
 * One token of a passage: a word (letters, possibly with inner hyphens, full stops, slashes or an
 * apostrophe genitive: "Kastrup-Larsen", "bl.a.", "A/S", "KL’s"), a number ("2019", "10.",
 * "16.09.2020") or a single punctuation character. Offsets are into the passage text.
 *
 * @param quoted whether the token is inside quotation marks (then it is a title or a quote, not a
 *     name to tag)
 */
record Token(String text, int start, int end, Kind kind, boolean quoted) {
  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isPunct(String mark) {
    return kind == Kind.PUNCT && text.equals(mark);
  }

  /** A word, outside quotation marks, starting with a capital: a possible part of a name. */
  boolean isCapitalised() {
    return kind == Kind.WORD && !quoted && Character.isUpperCase(text.charAt(0));
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether this is the lower-case word {@code word} (case-insensitive). */
  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Length of a genitive ending: an apostrophe's ("KL’s", "McDonald's") or an acronym's s ("FNs"), or 0. */
  int genitiveLength() {
    if (kind == Kind.WORD && text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"))) {
      return 2;
    }
    if (kind == Kind.WORD && text.length() >= 3 && text.length() <= 7 && text.endsWith("s")
        && text.substring(0, text.length() - 1).chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))) {
      return 1;
    }
    return 0;
  }

  /** The word without its genitive: "KL’s" and "FNs" give "KL" and "FN". */
  String base() {
    return text.substring(0, text.length() - genitiveLength());
  }

  /**
   * An acronym: 2-6 capital letters (digits allowed after the first), genitive allowed ("KL’s").
   * Words in capitals are abbreviations of names, so usually organisations.
   */
  boolean isAcronym() {
    if (kind != Kind.WORD) {
      return false;
    }
    String b = base();
    if (b.length() < 2 || b.length() > 6 || !Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }
}
