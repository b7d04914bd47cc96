package dk.konferencebasen.extraction;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a page number: "Side 3", "Side 3 af 12", "Page 3 of 12",
 * "s. 3", "3", "- 3 -", "(3)", "3/12", "3 af 12". Only the whole line counts: "Rapport 2019 –
 * side 4" is a running header, found by its repetition instead ({@link RunningLines}).
 */
final class PageNumberLine {
  /** With a word that says it is a page number; no check of the number is needed. */
  private static final Pattern WORDED = Pattern.compile(
      "[-–—(\\[]?\\s*(?:side|sida|page|pg\\.?|s\\.|p\\.)\\s*(\\d{1,4})"
          + "(?:\\s*(?:af|ud af|of|av|/)\\s*(\\d{1,4}))?\\s*[-–—)\\]]?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Numbers alone: a bare "3" might be anything, so its value is checked against the page. */
  private static final Pattern BARE = Pattern.compile(
      "[-–—(\\[]?\\s*(\\d{1,4})(?:\\s*(?:/|af|of)\\s*(\\d{1,4}))?\\s*[-–—)\\]]?",
      Pattern.CASE_INSENSITIVE);

  private PageNumberLine() {}

  /** True if the line is a worded page number ("Side 3 af 12"), whatever page it is on. */
  static boolean isWorded(String line) {
    Matcher m = WORDED.matcher(line.strip());
    return m.matches() && ordered(m);
  }

  /**
   * The number of a bare page-number line ("3", "- 3 -", "3/12"), if the line is one. Whether it
   * is this page's number is the caller's to judge (a report's numbering need not start at 1).
   */
  static OptionalInt bareNumber(String line) {
    Matcher m = BARE.matcher(line.strip());
    if (!m.matches() || !ordered(m)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /** "3 af 12" is a page of a document; "12 af 3" is not. */
  private static boolean ordered(Matcher m) {
    return m.group(2) == null || Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
  }
}
