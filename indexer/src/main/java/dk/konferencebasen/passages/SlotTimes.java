package dk.konferencebasen.passages;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a programme writes when a slot is: a time or a span at the start of a line ("09.30–10.15",
 * "Kl. 9 – 9.10", "Ca. kl. 12.00"), perhaps after its date, or after the title ("Velkomst (kl.
 * 10.00)"); and the dates and day-long hours that say when the event itself is on, not a slot.
 */
final class SlotTimes {
  private static final String WEEKDAY = "(?:man|tirs|ons|tors|fre|lør|søn)dag";
  /** "23. marts", "5. juni". */
  private static final String DAY_AND_MONTH_NAME = "\\d{1,2}\\.\\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\p{L}*";
  /** "23. marts", "5. juni", or as numbers, "16/9", "27/10/26". */
  private static final String DAY_AND_MONTH = "(?:" + DAY_AND_MONTH_NAME + "|\\d{1,2}/\\d{1,2}(?:/(?:\\d{2}|\\d{4}))?(?!\\d))";
  /** "Tirsdag d. 23. marts", "Mandag den 23. maj", "Torsdag 16/9", "Tirsdag. 27/10/26", "5. juni". */
  private static final String DATE = "(?:" + WEEKDAY + "\\.?\\s*(?:d\\.|den)?\\s*)?" + DAY_AND_MONTH;
  private static final String SPAN = "\\s*(?:-|–|—|til)\\s*";

  /**
   * A time, or a span of two, at the start of a line, perhaps after a list's mark ("- 12:30-12:50")
   * or its date ("1. juni 13:00 - 14:00", "Tirsdag den 3. maj kl. 9.30"; a weekday alone,
   * "Mandag, 17:30 - 20:30", is when a course meets more often than a slot); group "rest" is what
   * follows.
   */
  static final Pattern SLOT = Pattern.compile("(?iU)^\\s*(?:[•·▪*]\\s*|[-–]\\s+(?=\\d))?"
      + "(?:" + DATE + "\\.?\\s*[,:]?\\s+)?"
      + "(?:(?:ca\\.?|fra|omkring)\\s+)?" // "Ca. kl. 12.00", "Fra kl. 10.30"
      + "(?:(?:kl\\.?\\s*)?(?:[01]?\\d|2[0-3])[.:,][0-5]\\d(?![.:,]?\\d)" // a time of day, not a date ("24.04")
      // on the hour: "Kl. 9 – 9.10", "Kl. 13-14 Workshop", "Kl. 10 Velkomst"
      + "|kl\\.?\\s*(?:[01]?\\d|2[0-3])(?=" + SPAN + "(?:kl\\.?\\s*)?\\d{1,2}(?:[.:,][0-5]\\d)?(?![.:,]?\\d)|\\s*[:.]?\\s+[\\p{L}(]|\\s*$)"
      // "12-12.45: Familie i Samoa": an hour and a span to its minutes, then a colon, "kl." left out
      + "|(?:[01]?\\d|2[0-3])(?=\\s*[-–—]\\s*\\d{1,2}[.:][0-5]\\d\\s*:)"
      // "13-15 Fællesforedrag: …", "10-12 Deltagerne vælger …": a span of the day's hours, "kl." left out, before its title
      + "|(?:0?[6-9]|1\\d|2[0-3])(?=\\s*[-–]\\s*(?:0?[7-9]|1\\d|2[0-4])\\s+\\p{Lu}))"
      + "(?:" + SPAN + "(?:ca\\.?\\s*)?(?:kl\\.?\\s*)?(?:[01]?\\d|2[0-4])(?:[.:,][0-5]\\d)?(?![.:,]?\\d))?\\s*(?:[:.|–—-]\\s*)?"
      // "Onsdag d. 17. januar kl 19.00 i Gjethuset": where it is, and nothing else, is no title
      + "(?:(?:i|på)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2}\\s*$)?(?<rest>.*)$");

  /** The times of a slot: "9.30", "kl. 9:30 - 10", "09.30–10.15"; not a date in numbers ("16.03.2023"). */
  private static final Pattern TIMES = Pattern.compile(
      "(?iU)(?<!\\d)(?<!\\d[.:,])(\\d{1,2})[.:,](\\d{2})(?![.:,]?\\d)(?:" + SPAN + "(?:ca\\.?\\s*)?(?:kl\\.?\\s*)?(\\d{1,2})(?:[.:,](\\d{2}))?)?");
  /** A slot that opens on the hour, its minutes left out: "Kl. 9 – 9.10", "12-12.45". */
  private static final Pattern HOUR_SPAN = Pattern.compile("(?iU)(?:kl\\.?\\s*|(?<![\\d.:,]))(\\d{1,2})" + SPAN + "(?:kl\\.?\\s*)?(\\d{1,2})[.:,](\\d{2})");
  /** A slot on the hour, minutes left out on both: "Kl. 10", "Kl. 13-14". */
  private static final Pattern HOURS = Pattern.compile("(?iU)kl\\.?\\s*(\\d{1,2})(?:" + SPAN + "(?:kl\\.?\\s*)?(\\d{1,2}))?");

  /** "13-15 Fællesforedrag": a span of hours at the line's start, "kl." left out. */
  private static final Pattern BARE_HOURS = Pattern.compile("^\\s*(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?![.:,]?\\d)");

  /** A time or a span as a programme writes it after a title. */
  private static final String CLOCK = "(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}(?:" + SPAN + "(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2})?";
  /**
   * A slot's time written after its title: "Velkomst ved formand Jens Hansen (kl. 10.00)",
   * "Oplæg om klimaet – kl. 10.30-11.15", "Velkomst: 11.00 - 11.15". Only in brackets, after "kl." or after a
   * dash, a comma or a colon, and after a word: "Fredag 13:10" is when a course meets, "mellem 10.00 - 11.00" no title.
   */
  private static final Pattern TIME_LAST = Pattern.compile("(?iU)^(?<title>\\s*\\S.{2,200}?[\\p{L})”\"])(?:\\s*\\((?<bracketed>" + CLOCK + ")\\)"
      + "|\\s*(?:[,–—-]\\s*)?(?<after>kl\\.?\\s*" + CLOCK + ")"
      + "|\\s*[,–—-]\\s*(?<dashed>" + CLOCK + ")|\\s*:\\s*(?<colon>" + CLOCK + "))\\s*$");

  private static final Pattern A_DATE = Pattern.compile("(?iU)" + DAY_AND_MONTH);
  private static final Pattern PART_OF_THE_PROGRAMME = Pattern.compile("(?iU)^\\s*(?:program|dagsorden)\\b");
  private static final Pattern DATE_ALONE = Pattern.compile("(?iU)^" + DATE + "\\.?(?:\\s+\\d{4})?$");
  private static final Pattern DATE_FIRST = Pattern.compile("(?iU)^\\s*(?:[•·▪*]\\s*)?" + DATE);

  /**
   * A date that a series gives one of its lectures or meetings by, as the line's start: "Lørdag den 26.
   * september 2020", "ONSDAG, 16. NOVEMBER 2022 kl. 19.00 i Restaurant Borgerforeningen", "Mandag 28.
   * januar – kl. 19:30 på biblioteket.", "Onsdag den 22. september 2021 kl. 19,00", "2. Torsdag den 25.
   * november 2021 kl. 9.30-12.30:" (the series' own number first): a weekday perhaps,
   * the day, the month, the year perhaps, the hours perhaps, and where perhaps; group "rest" is what
   * follows a dash or a colon after it ("19. september – Organist Margrethe T. Østergaard, …",
   * "Tirsdag d. 19. januar: Medlemsmøde", "10. februar Forbered din ferierejse allerede nu."), or the day and
   * month in numbers ("23.9. Poul Nedergaard: …", "16.03.2023").
   */
  private static final String CLOCK_OF_A_DATE = "(?:kl\\.?\\s*)?\\d{1,2}(?:[.:,]\\d{2})?";
  private static final Pattern SERIES_DATE = Pattern.compile("(?iU)^\\s*(?:[•·▪*]\\s*|\\d{1,2}\\.\\s+(?=" + WEEKDAY + "))?"
      + "(?:" + WEEKDAY + "\\s*,?\\s*(?:d\\.|den\\.?)?\\s*)?"
      + "(?:" + DAY_AND_MONTH_NAME + "\\.?(?:\\s+\\d{4})?"
      // "10. februar Forbered din ferierejse …": what it is right after the date
      + "(?:\\s+(?<told>(?-i:\\p{Lu}).*)|"
      + "(?:\\s*(?:[,.|:]|\\s[–—-])?\\s*" + CLOCK_OF_A_DATE + "(?:" + SPAN + CLOCK_OF_A_DATE + ")?)?"
      + "(?:\\s+(?:i|på)\\s+[^–—:]*?)?\\s*[.:]?(?:(?:\\s+[–—-]|\\s*:)\\s+(?<rest>\\S.*))?)"
      + "|(?:[12]?\\d|3[01])\\.(?:[1-9]|1[0-2])\\.\\s*(?<numbered>(?-i:\\p{Lu}).*)"
      // "16.03.2023": the date in numbers with its year, alone
      + "|(?:[012]?\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2})$");

  /** The line opens with the date of a lecture or a meeting of a series; empty if not, else what follows a dash after it. */
  static Optional<String> seriesDate(String line) {
    Matcher m = SERIES_DATE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest") != null ? m.group("rest") : m.group("numbered") != null ? m.group("numbered")
        : m.group("told") != null ? m.group("told") : "";
    return Optional.of(rest.strip());
  }

  /** Hours a slot no talk fills: "Kl. 09.30 - 15.30" is when the event is on. */
  private static final int EVENT_HOURS = 4;

  private SlotTimes() {}

  /** The line with a time written after its title moved before it, as most programmes write it. */
  static String timeFirst(String line) {
    String end = line.stripTrailing();
    // every line of every document passes here: only one that ends in a time or a bracket can
    if (end.isEmpty() || !Character.isDigit(end.charAt(end.length() - 1)) && !end.endsWith(")")) {
      return line;
    }
    Matcher m = TIME_LAST.matcher(line);
    // "… torsdag 19. januar 2017 kl. 09.00 - 12.00": after a date the time is the event's
    // "Program formiddag (09.00-13.00)": the hours of a part of the programme, not a slot
    if (!m.matches() || SLOT.matcher(line).matches() || m.group("title").matches("(?s).*[.!?:]\\s*$")
        || A_DATE.matcher(m.group("title")).find() || PART_OF_THE_PROGRAMME.matcher(m.group("title")).lookingAt()
        // "Tidspunkt: 19.30", "Starttidspunkt: 09.00" are fields of the event, "Velkomst: 11.00 - 11.15" a talk's slot
        || m.group("colon") != null && Arrays.stream(m.group("title").split("[^\\p{L}]+")).noneMatch(ProgrammeVocabulary::isTalkWord)) {
      return line;
    }
    String time = m.group("bracketed") != null ? m.group("bracketed") : m.group("after") != null ? m.group("after")
        : m.group("dashed") != null ? m.group("dashed") : m.group("colon");
    return time + " " + m.group("title").strip();
  }

  /** The slot's times written one way, so talks list and sort alike: "9.30-10" is "09.30–10.00", "Kl. 9 – 9.10" "09.00–09.10". */
  static String slotTime(String slot) {
    Matcher hour = HOUR_SPAN.matcher(slot);
    if (hour.find()) {
      return twoDigits(hour.group(1)) + ".00–" + twoDigits(hour.group(2)) + "." + hour.group(3);
    }
    Matcher m = TIMES.matcher(slot);
    if (!m.find()) {
      Matcher bare = BARE_HOURS.matcher(slot);
      if (bare.lookingAt()) {
        return twoDigits(bare.group(1)) + ".00–" + twoDigits(bare.group(2)) + ".00";
      }
      Matcher hours = HOURS.matcher(slot);
      return !hours.find() ? "" : twoDigits(hours.group(1)) + ".00" + (hours.group(2) == null ? "" : "–" + twoDigits(hours.group(2)) + ".00");
    }
    String start = twoDigits(m.group(1)) + "." + m.group(2);
    return m.group(3) == null ? start
        : start + "–" + twoDigits(m.group(3)) + "." + (m.group(4) == null ? "00" : m.group(4));
  }

  /** A slot of a whole day's hours: when the event is on. */
  static boolean spansADay(String line) {
    String time = slotTime(line);
    return time.length() == 11 && Integer.parseInt(time.substring(6, 8)) - Integer.parseInt(time.substring(0, 2)) >= EVENT_HOURS;
  }

  /** "Tirsdag d. 23. marts 2021", "5. juni": a line that is a date and nothing else. */
  static boolean isDate(String line) {
    return DATE_ALONE.matcher(line.strip()).matches();
  }

  /** "Mandag den 23. maj …", "• 30. september …". */
  static boolean opensWithADate(String line) {
    return DATE_FIRST.matcher(line).lookingAt();
  }

  /** A time alone, perhaps with a remark in brackets: "27. marts kl. 19 (flyttet fra den 13. marts)". */
  static boolean isBareTime(String line) {
    Matcher slot = SLOT.matcher(line);
    return slot.matches() && isNothingOrARemark(slot.group("rest"));
  }

  static boolean isTitledSlot(String line) {
    Matcher slot = SLOT.matcher(line);
    return slot.matches() && !isNothingOrARemark(slot.group("rest"));
  }

  /** What follows a slot's time: nothing, or one remark in brackets ("(flyttet fra den 13. marts)"). */
  private static boolean isNothingOrARemark(String rest) {
    String bare = rest.strip();
    return bare.isEmpty() || bare.startsWith("(") && bare.endsWith(")") && bare.indexOf(')') == bare.length() - 1;
  }

  /**
   * "Program:16.00: Ankomst til … 16.10: Velkomst og gennemgang af program, Steffen Damsgaard, …":
   * a programme whose slots the page runs together in one line is read as if each slot had a line
   * of its own. Where the line is cut: before each time of day with a colon after it, when there
   * are two or more (one is a time in a sentence), or before each span of two times followed by a title.
   */
  static List<Integer> slotsRunTogether(String line) {
    List<Integer> cuts = new ArrayList<>();
    Matcher slot = INLINE_SLOT.matcher(line);
    int lastEnd = -1;
    while (slot.find()) {
      // "Kl. 11.45 – 13.15: 11.45 – 13.15: 4 korte oplæg": a time written twice is one slot
      if (lastEnd < 0 || line.substring(lastEnd, slot.start()).codePoints().anyMatch(Character::isLetter)) {
        cuts.add(slot.start());
      }
      lastEnd = slot.end();
    }
    if (cuts.size() < 2) {
      return List.of();
    }
    cuts.removeIf(cut -> cut == 0 || line.substring(0, cut).isBlank());
    return cuts;
  }

  private static final Pattern INLINE_SLOT = Pattern.compile(
      "(?<=^|[\\s.,;:])(?:[Kk]l\\.\\s*)?(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?:\\s*[-–—]\\s*(?:kl\\.\\s*)?\\d{1,2}[.:][0-5]\\d)?\\s*:\\s"
          // "09.30 – 10.00 Kaffemingel  10.00 – 10.10 Velkomst v/…": spans before their titles, no colon
          + "|(?<=^|\\s)(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\s*[-–—]\\s*\\d{1,2}[.:][0-5]\\d\\s+(?=\\p{Lu})");

  private static String twoDigits(String hour) {
    return hour.length() == 1 ? "0" + hour : hour;
  }
}
