package dk.konferencebasen.passages;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series of lectures or meetings that gives each by its date, not by a programme's times: "Helle
 * Theodorsen: "Gør-det-selv-dronninger"" over "Mandag den 30. november 2015.", "Lørdag den 31.
 * oktober 2020" over "Martin Davidsen:", or "19. september – Organist Margrethe T. Østergaard, …" on
 * one line. Each date with a person named beside it is one talk, from the heading right above the
 * date when there is one to the next such talk. Two or more make a series; one dated lecture is the
 * page's talk only where nothing else is ({@link PassageSplitter}).
 */
final class DatedTalks {
  /** A heading, or a line naming who gives the talk: a short line, not a sentence. */
  private static final int LINE_MAX_CHARS = 160;
  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  DatedTalks(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<Integer> firsts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> speakerTexts = new ArrayList<>();
    List<String> times = new ArrayList<>();
    int used = -1; // the last line the lecture before took: its date, or its title and who gives it under it
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> afterDate = SlotTimes.seriesDate(lines.get(i));
      if (afterDate.isEmpty()) {
        continue;
      }
      // "(I Musikhuset)" after the date says where, not what
      String rest = afterDate.get().startsWith("(") ? "" : afterDate.get();
      // (a line that opens with "Ved …" tells who gives the lecture above it, it heads nothing)
      // (a paragraph's last line closes what is above it: "En eftermiddag med Helmuth Hansen, Broager"
      // ends the lecture before the next date, it heads nothing)
      boolean closesTheParagraphAbove = i > 0 && closesItsParagraph(paragraphStart, i - 1);
      String above = i - 1 > used && !closesTheParagraphAbove && isHeadingLine(lines.get(i - 1)) && !isDate(lines, i - 1)
          && !TalkFinder.GIVER_FIRST.matcher(lines.get(i - 1)).lookingAt() ? lines.get(i - 1).strip() : "";
      String below = shortLineAt(lines, i + 1);
      used = below.isEmpty() ? i : i + 1;
      // the title under the date, and who gives it under that ("“1. Verdenskrig – …”" over "Ved
      // Jørgen Storm, …"), unless that line heads the next date
      String under = shortLineAt(lines, i + 2);
      // (the line above the next date is this lecture's when it closes this paragraph)
      if (!below.isEmpty() && !namesAPerson.test(below) && (!isDate(lines, i + 3) || TalkFinder.GIVER_FIRST.matcher(under).lookingAt()
          || closesItsParagraph(paragraphStart, i + 2))) {
        below = String.join("\n", below, under).strip();
        used = under.isEmpty() ? used : i + 2;
      }
      String said = String.join("\n", rest, below).strip();
      // the line above heads the lecture when it names who gives it ("Helle Theodorsen: …") or
      // nothing else does; "Januar" over "Mandag 28. januar – kl. 19:30" heads a month
      boolean headed = !above.isEmpty() && (namesAPerson.test(above) || !namesAPerson.test(said));
      String who = headed ? String.join("\n", above, said).strip() : said;
      if (!namesAPerson.test(who)) {
        continue;
      }
      firsts.add(headed ? i - 1 : i);
      String title = headed ? above : !rest.isEmpty() ? rest : below.isEmpty() ? lines.get(i).strip() : below.lines().findFirst().orElse("");
      titles.add(TalkFinder.shortTitle(stripColon(title)));
      speakerTexts.add(who);
      times.add(SlotTimes.slotTime(lines.get(i)));
    }
    if (firsts.isEmpty()) {
      return List.of();
    }
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int k = 0; k < firsts.size(); k++) {
      int last = k + 1 < firsts.size() ? firsts.get(k + 1) - 1 : endOfLast(lines, paragraphStart, firsts.get(k));
      talks.add(new TalkFinder.Talk(firsts.get(k), last, titles.get(k), speakerTexts.get(k), times.get(k)));
    }
    return talks;
  }

  /**
   * One dated talk that announces a lecture: at an hour ("Tirsdag den 30. april kl. 19.00"; a page's
   * date alone, "3. juni 2019 Politik Skrevet af: …", is when it was written; "kl.13.00-17.00" the whole
   * day's event) and not under the label of the event's time ("Tid & Sted" over "06. september 2017 19:00").
   */
  static boolean isAnnouncedLecture(List<String> lines, TalkFinder.Talk talk) {
    int dateLine = SlotTimes.seriesDate(lines.get(talk.first())).isPresent() ? talk.first() : talk.first() + 1;
    return !talk.time().isEmpty() && !SlotTimes.spansADay(lines.get(dateLine))
        && (dateLine == 0 || !ProgrammeVocabulary.isPracticalLabel(TalkFinder.firstWord(lines.get(dateLine - 1))));
  }

  /** Line {@code at} when it is no date of the series: the line, or its first sentence when that is short; else "". */
  private static String shortLineAt(List<String> lines, int at) {
    if (at >= lines.size() || isDate(lines, at)) {
      return "";
    }
    String line = lines.get(at).strip();
    Matcher end = SENTENCE_END.matcher(line);
    String first = line.length() > LINE_MAX_CHARS && end.find() ? line.substring(0, end.start() + 1) : line;
    return first.length() <= LINE_MAX_CHARS ? first : "";
  }

  /** "… i Zentropa. Om at turde …": where a sentence ends (not after an initial or a short abbreviation). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{3}|\\))[.!?](?=\\s)");

  /** Line {@code at} is the last of a paragraph of two lines or more. */
  private static boolean closesItsParagraph(List<Boolean> paragraphStart, int at) {
    return at > 0 && at + 1 < paragraphStart.size() && paragraphStart.get(at + 1) && !paragraphStart.get(at);
  }

  private static boolean isDate(List<String> lines, int at) {
    return at < lines.size() && SlotTimes.seriesDate(lines.get(at)).isPresent();
  }

  /** The last talk of the series ends where the page turns to where, what it costs and how to sign up. */
  private static int endOfLast(List<String> lines, List<Boolean> paragraphStart, int first) {
    int last = first;
    while (last + 1 < lines.size() && !(paragraphStart.get(last + 1) && ProgrammeVocabulary.isPracticalLabel(TalkFinder.firstWord(lines.get(last + 1))))) {
      last++;
    }
    return last;
  }

  private static boolean isHeadingLine(String line) {
    String bare = line.strip();
    return !bare.isEmpty() && bare.length() <= LINE_MAX_CHARS && !bare.endsWith(".");
  }

  private static String stripColon(String line) {
    return line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
  }
}
