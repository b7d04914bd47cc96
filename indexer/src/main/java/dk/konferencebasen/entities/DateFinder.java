package dk.konferencebasen.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates mentioned in Danish text:
 *
 * <ul>
 *   <li>"10. september 2019", "den 10. sep.", "10. sept. 2019", "10.-11. september" (month names
 *       and abbreviations, any case);
 *   <li>"10.09.2019", "10-09-2019", "10/9/2019", "10/9 2019", "10/9-2019" (day first);
 *   <li>"2019-09-10" (ISO);
 *   <li>"den 10/9" (a day/month pair counts only after "den" or "d.": a bare "1/3" is a fraction).
 * </ul>
 *
 * A date written without a year takes the context year (from the report's title or page date) and
 * is skipped when there is none. Dates that do not exist ("31. feb.") and years outside 1900-2100
 * are ignored. Results are in text order without duplicates. Stateless and thread-safe.
 */
public final class DateFinder {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  /** Danish month names and their usual abbreviations. */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januar", 1), Map.entry("jan", 1),
      Map.entry("februar", 2), Map.entry("feb", 2),
      Map.entry("marts", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("maj", 5),
      Map.entry("juni", 6), Map.entry("jun", 6),
      Map.entry("juli", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("oktober", 10), Map.entry("okt", 10),
      Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  /** Longest names first, so "marts" is not read as "mar". */
  private static final String MONTH_NAMES = MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .reduce((a, b) -> a + "|" + b)
      .orElseThrow();

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");

  /** Day, month and four-digit year with one separator used twice: 10.09.2019, 10/9/2019. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** Day/month, then an optional year after a space or hyphen: "10/9 2019", "den 10/9". */
  private static final Pattern SLASH = Pattern.compile(
      "(?:\\b(den|d\\.)\\s+)?(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:[ -](\\d{4}))?(?![\\d/])",
      Pattern.CASE_INSENSITIVE);

  /** "10. september 2019", "den 10. sep.", optionally preceded by a first day: "10.-11. sep.". */
  private static final Pattern TEXTUAL = Pattern.compile(
      "(?<![\\d.])(?:(\\d{1,2})\\.?\\s*(?:-|–|og|til)\\s*)?(\\d{1,2})\\.?\\s*(" + MONTH_NAMES
          + ")\\.?(?!\\p{L})(?:,?\\s+(\\d{4})(?!\\d))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  private record Found(int position, int end, List<LocalDate> dates) {}

  /**
   * The dates mentioned in {@code text}, in order of first mention.
   *
   * @param contextYear the year for dates written without one, if known
   */
  public List<LocalDate> find(String text, OptionalInt contextYear) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    for (int[] window : digitWindows(text)) {
      collect(ISO.matcher(text), window, found, m -> dates(m.group(3), m.group(2), m.group(1), null, contextYear));
      collect(NUMERIC.matcher(text), window, found,
          m -> dates(m.group(1), m.group(3), m.group(4), null, contextYear));
      collect(SLASH.matcher(text), window, found, m -> m.group(4) == null && m.group(1) == null
          ? List.of()
          : dates(m.group(2), m.group(3), m.group(4), null, contextYear));
      collect(TEXTUAL.matcher(text), window, found, m -> dates(
          m.group(2), String.valueOf(MONTHS.get(m.group(3).toLowerCase(Locale.ROOT))), m.group(4),
          m.group(1), contextYear));
    }
    found.sort(Comparator.comparingInt(Found::position));
    LinkedHashSet<LocalDate> dates = new LinkedHashSet<>();
    found.forEach(f -> dates.addAll(f.dates()));
    return List.copyOf(dates);
  }

  /**
   * The first plausible year (1900-2100) written in {@code text}, such as the 2019 of the title
   * "Integrationstræf 2019".
   */
  public static OptionalInt yearIn(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  private interface DateReader {
    List<LocalDate> read(Matcher m);
  }

  /**
   * Every date has a digit, and most text has none: the patterns, which would otherwise be tried
   * at every character (they profiled as a tenth of indexing time), only run in windows around
   * runs of digits. A window reaches far enough back for "den " and far enough forward for the
   * longest month name, its full stop and a year; digits closer than that share one window.
   */
  static List<int[]> digitWindows(String text) {
    List<int[]> windows = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        continue;
      }
      int from = Math.max(0, i - WINDOW_BEFORE);
      int to = Math.min(text.length(), i + 1 + WINDOW_AFTER);
      if (start >= 0 && from <= end) {
        end = to;
      } else {
        if (start >= 0) {
          windows.add(new int[] {start, end});
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      windows.add(new int[] {start, end});
    }
    return windows;
  }

  private static final int WINDOW_BEFORE = 24;
  private static final int WINDOW_AFTER = 48;

  /**
   * Adds each match inside {@code window} that does not overlap a match of an earlier (more
   * specific) pattern. Transparent bounds let look-arounds see past the window's edges.
   */
  private static void collect(Matcher m, int[] window, List<Found> found, DateReader reader) {
    m.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      boolean overlaps = found.stream().anyMatch(f -> start < f.end() && f.position() < end);
      if (!overlaps) {
        found.add(new Found(start, end, reader.read(m)));
      }
    }
  }

  /** The date(s) of one match; {@code firstDay} is the start of a range such as "10.-11.". */
  private static List<LocalDate> dates(
      String day, String month, String year, String firstDay, OptionalInt contextYear) {
    int y;
    if (year != null) {
      y = Integer.parseInt(year);
    } else if (contextYear.isPresent()) {
      y = contextYear.getAsInt();
    } else {
      return List.of();
    }
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return List.of();
    }
    List<LocalDate> out = new ArrayList<>();
    int m = Integer.parseInt(month);
    for (String d : firstDay == null ? List.of(day) : List.of(firstDay, day)) {
      try {
        out.add(LocalDate.of(y, m, Integer.parseInt(d)));
      } catch (DateTimeException invalid) {
        // "31. feb.": not a date
      }
    }
    return out;
  }
}
