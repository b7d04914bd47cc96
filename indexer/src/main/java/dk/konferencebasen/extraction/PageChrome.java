package dk.konferencebasen.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the chrome that Danish web pages wrap around an article when they are captured or
 * exported: the breadcrumb ("Du er her: …"), the "Sidst opdateret dd.mm.yyyy" footer (kept as
 * the page's updated date) and the newsletter, subscription, consent and sharing blocks.
 *
 * <p>Blocks are recognised by the vocabulary such blocks are made of, not by their exact text.
 * A paragraph in the middle of a report is only dropped when it uses that vocabulary heavily
 * (two different cues), because a talk may well be about consent or newsletters; at the end of
 * a page, the trailing run of cue paragraphs and the short link lines among them go.
 */
public final class PageChrome {
  private static final Pattern BREADCRUMB =
      Pattern.compile("^(du er her|du befinder dig her|du er nu her)\\s*:.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "^(?:sidst|senest)\\s+(?:opdateret|redigeret|ændret)\\s*:?\\s*(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\.?$",
      Pattern.CASE_INSENSITIVE);
  /** Words that web-page chrome is made of: subscribing, consent, privacy, sharing (any ending). */
  private static final List<String> CUE_WORDS = List.of("abonn", "tilmeld", "afmeld", "nyhedsbrev", "nyhedsmail",
      "samtykke", "cookie", "personoplysning", "privatlivspolitik", "persondatapolitik");
  private static final List<String> CUE_PHRASES = List.of("del på facebook", "del på linkedin", "del på x",
      "del på twitter", "print siden", "til toppen");
  private static final Pattern CUE = Pattern.compile(
      "\\b(" + String.join("|", CUE_WORDS.stream().map(w -> w + "\\w*").toList())
          + "|" + String.join("|", CUE_PHRASES) + ")",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final int LINK_LINE_MAX_CHARS = 60;

  private PageChrome() {}

  /** The paragraphs without chrome, and the page's "last updated" date when it had one. */
  public record Cleaned(List<String> paragraphs, Optional<LocalDate> updated) {}

  public static Cleaned remove(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    LocalDate updated = null;
    for (String paragraph : paragraphs) {
      StringBuilder lines = new StringBuilder();
      for (String line : paragraph.split("\n")) {
        String trimmed = line.strip();
        Matcher date = UPDATED.matcher(trimmed);
        if (date.matches()) {
          updated = updated != null ? updated : parseDate(date).orElse(null);
          continue;
        }
        if (BREADCRUMB.matcher(trimmed).matches()) {
          continue;
        }
        if (!lines.isEmpty()) {
          lines.append('\n');
        }
        lines.append(line);
      }
      String rest = lines.toString().strip();
      if (!rest.isEmpty() && distinctCues(rest) < 2) {
        kept.add(rest);
      }
    }
    return new Cleaned(withoutTrailingChrome(kept), Optional.ofNullable(updated));
  }

  /** Drops the run of chrome at the end of the page, if that run has at least one cue. */
  private static List<String> withoutTrailingChrome(List<String> paragraphs) {
    int end = paragraphs.size();
    boolean sawCue = false;
    int cut = end;
    for (int i = end - 1; i >= 0; i--) {
      String p = paragraphs.get(i);
      boolean cue = distinctCues(p) > 0;
      if (!cue && !isLinkLine(p)) {
        break;
      }
      sawCue |= cue;
      if (sawCue) {
        cut = i;
      }
    }
    return paragraphs.subList(0, cut);
  }

  private static boolean isLinkLine(String paragraph) {
    return paragraph.length() <= LINK_LINE_MAX_CHARS && !paragraph.contains("\n") && !paragraph.matches(".*[.!?:]$");
  }

  private static long distinctCues(String text) {
    // The case-insensitive pattern is slow to try at every character (5 % of indexing), and
    // most paragraphs hold none of its words: plain substring checks rule those out first.
    String lower = text.toLowerCase(Locale.ROOT);
    if (CUE_WORDS.stream().noneMatch(lower::contains) && CUE_PHRASES.stream().noneMatch(lower::contains)) {
      return 0;
    }
    // "abonnement" and "abonnent" are one cue; the first five letters name it.
    return CUE.matcher(text).results()
        .map(m -> m.group(1).toLowerCase())
        .map(cue -> cue.substring(0, Math.min(5, cue.length())))
        .distinct()
        .count();
  }

  private static Optional<LocalDate> parseDate(Matcher m) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
