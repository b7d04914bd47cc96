package dk.konferencebasen.entities;

import java.util.Locale;

/**
 * What a Danish conference programme calls a talk ({@code talk-words.txt}), a break
 * ({@code programme-breaks.txt}) and its practical information ({@code programme-practical-labels.txt}), for the passage splitter, which finds talks by the same words
 * the entity rules use to find who gives them.
 */
public final class ProgrammeVocabulary {
  private static final WordList TALK_WORDS = WordList.load("talk-words.txt");
  private static final WordList BREAK_WORDS = WordList.load("programme-breaks.txt");
  private static final WordList PRACTICAL_LABELS = WordList.load("programme-practical-labels.txt");

  private ProgrammeVocabulary() {}

  /** "Oplæg", "Velkomsttale", "Paneldebat", "Workshop" … */
  public static boolean isTalkWord(String word) {
    return TALK_WORDS.matches(word.toLowerCase(Locale.ROOT));
  }

  /** "Kontakt", "Tilmelding", "Sted" …: what a page says about the event, not a talk's topic. */
  public static boolean isPracticalLabel(String word) {
    return PRACTICAL_LABELS.matches(word.toLowerCase(Locale.ROOT));
  }

  /** "Kaffepause", "Frokost", "Ankomst" … */
  public static boolean isBreakWord(String word) {
    return BREAK_WORDS.matches(word.toLowerCase(Locale.ROOT));
  }
}
