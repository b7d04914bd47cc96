package dk.konferencebasen.entities;

/**
 * Titles that mark the name next to them as a person: job titles and roles ({@code titles.txt},
 * matched by suffix so "udlændinge- og integrationsminister", "integrationsordfører" and
 * "centerchef" are found), academic degrees ({@code degrees.txt}: "MD", "PhD", "cand.mag.") and
 * title modifiers ({@code title-modifiers.txt}: "adm.", "emeritus", "tidligere").
 */
final class TitleLexicon {
  private final WordList titles;
  private final WordList degrees;
  private final WordList modifiers;

  TitleLexicon(WordList titles, WordList degrees, WordList modifiers) {
    this.titles = titles;
    this.degrees = degrees;
    this.modifiers = modifiers;
  }

  static TitleLexicon load() {
    return new TitleLexicon(
        WordList.load("titles.txt"), WordList.load("degrees.txt"), WordList.load("title-modifiers.txt"));
  }

  /** A job title, role or degree: "forskningschef", "Lektor", "PhD.-studerende", "MD". */
  boolean isTitle(Token t) {
    return t != null && t.isWord() && (titles.matches(t.text()) || degrees.matches(t.text()));
  }

  /** A title, or its definite form: "formanden for …", "direktøren i …". */
  boolean isTitleOrItsDefinite(Token t) {
    return isTitle(t) || t != null && t.isWord() && t.text().endsWith("en") && titles.matches(t.text().substring(0, t.text().length() - 2));
  }

  /** {@link #isTitle} for a word written alone, as a label is. */
  boolean isTitleWord(String word) {
    return titles.matches(word) || degrees.matches(word);
  }

  /** A word qualifying a title: "adm.", "Emeritus". */
  boolean isModifier(Token t) {
    return t != null && t.isWord() && modifiers.matches(t.text());
  }
}
