package dk.konferencebasen.entities;

import java.util.Locale;

/**
 * What a Danish conference programme calls a talk ({@code talk-words.txt}) and a break
 * ({@code programme-breaks.txt}), for the passage splitter, which finds talks by the same words
 * the entity rules use to find who gives them.
 */
public final class ProgrammeVocabulary {
  private static final WordList TALK_WORDS = WordList.load("talk-words.txt");
  private static final WordList BREAK_WORDS = WordList.load("programme-breaks.txt");

  private ProgrammeVocabulary() {}

  /** "Oplæg", "Velkomsttale", "Paneldebat", "Workshop" … */
  public static boolean isTalkWord(String word) {
    return TALK_WORDS.matches(word.toLowerCase(Locale.ROOT));
  }

  /** "Kaffepause", "Frokost", "Ankomst" … */
  public static boolean isBreakWord(String word) {
    return BREAK_WORDS.matches(word.toLowerCase(Locale.ROOT));
  }
}
