package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first names people in Denmark carry ({@code first-names.txt}), so that a run of
 * capitalised words opening with one ("Mette Hansen", "Carl-Johan Dalgaard") is read as a
 * person's name even where nothing around it says so. A first name that is also an ordinary
 * Danish word ("Bo", "Per", "Hans", "Sol") opens a name only inside a sentence, where its
 * capital cannot be positional.
 */
final class FirstNames {
  /**
   * Last words that make a run a street, square or building named after a person ("Hans Tausens
   * Gade", "Niels Juels Plads"), matched as the word's ending. Only endings that no common Danish
   * surname has: "-gaard", "-holm" and "-skov" are surnames as often as places.
   */
  private static final List<String> PLACE_ENDINGS = List.of("vej", "gade", "plads", "allé", "alle", "torv",
      "stræde", "boulevard", "vænge", "kirke", "kirken", "skole", "skolen", "hallen", "huset", "parken");

  private final Set<String> names;

  private FirstNames(Set<String> names) {
    this.names = names;
  }

  static FirstNames of(List<String> names) {
    return new FirstNames(Set.copyOf(names));
  }

  static FirstNames load() {
    return of(ResourceLines.read("first-names.txt").stream().distinct().toList());
  }

  boolean contains(Token t) {
    return t != null && names.contains(t.text());
  }

  /** "BRITT", "MATTIAS": a first name written in capitals. */
  boolean containsInCapitals(Token t) {
    if (t == null || !t.isWord() || t.text().length() < 3 || !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return names.contains(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  /** Whether the run {@code [start, end)} of {@code s} reads as a person's name by its first word. */
  boolean opensAName(Sentence s, int start, int end) {
    Token first = s.token(start);
    if (end - start < 2 || end - start > 4 || !names.contains(first.text())) {
      return false;
    }
    // "Bo Fristed, Chief Innovation Officer …", "Anders Sahl Hansen" alone: a run that opens its
    // sentence and is all of it, or is set off by a comma, is read as written for a name
    if (start == s.firstWord() && DanishLemmatizer.shared().isWord(first.lower())
        && !(s.onlyPunctuationFrom(end) || s.isPunct(end, ","))) {
      return false;
    }
    String last = s.token(end - 1).lower();
    return PLACE_ENDINGS.stream().noneMatch(last::endsWith);
  }
}
