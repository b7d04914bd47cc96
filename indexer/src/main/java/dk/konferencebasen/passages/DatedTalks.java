package dk.konferencebasen.passages;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A series of lectures or meetings that gives each by its date, not by a programme's times: "Helle
 * Theodorsen: "Gør-det-selv-dronninger"" over "Mandag den 30. november 2015.", "Lørdag den 31.
 * oktober 2020" over "Martin Davidsen:", or "19. september – Organist Margrethe T. Østergaard, …" on
 * one line. Each date with a person named beside it is one talk, from the heading right above the
 * date when there is one to the next such talk. One dated lecture is when an event is on; two or
 * more make a series.
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
    int previousDate = -1;
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> afterDate = SlotTimes.seriesDate(lines.get(i));
      if (afterDate.isEmpty()) {
        continue;
      }
      String rest = afterDate.get();
      boolean headed = i - 1 > previousDate && isShortLine(lines.get(i - 1)) && SlotTimes.seriesDate(lines.get(i - 1)).isEmpty();
      String below = i + 1 < lines.size() && isShortLine(lines.get(i + 1)) && SlotTimes.seriesDate(lines.get(i + 1)).isEmpty()
          ? lines.get(i + 1).strip() : "";
      String heading = headed ? lines.get(i - 1).strip() : "";
      String who = !rest.isEmpty() ? rest : String.join("\n", heading, below).strip();
      previousDate = i;
      if (!namesAPerson.test(who)) {
        continue;
      }
      firsts.add(headed ? i - 1 : i);
      titles.add(TalkFinder.shortTitle(stripColon(!rest.isEmpty() ? rest : headed ? heading : below.isEmpty() ? lines.get(i).strip() : below)));
      speakerTexts.add(who);
      times.add(SlotTimes.slotTime(lines.get(i)));
    }
    if (firsts.size() < 2) {
      return List.of();
    }
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int k = 0; k < firsts.size(); k++) {
      int last = k + 1 < firsts.size() ? firsts.get(k + 1) - 1 : endOfLast(lines, paragraphStart, firsts.get(k));
      talks.add(new TalkFinder.Talk(firsts.get(k), last, titles.get(k), speakerTexts.get(k), times.get(k)));
    }
    return talks;
  }

  /** The last talk of the series ends where the page turns to where, what it costs and how to sign up. */
  private static int endOfLast(List<String> lines, List<Boolean> paragraphStart, int first) {
    int last = first;
    while (last + 1 < lines.size() && !(paragraphStart.get(last + 1) && ProgrammeVocabulary.isPracticalLabel(firstWord(lines.get(last + 1))))) {
      last++;
    }
    return last;
  }

  private static boolean isShortLine(String line) {
    String bare = line.strip();
    return !bare.isEmpty() && bare.length() <= LINE_MAX_CHARS && !bare.endsWith(".");
  }

  private static String stripColon(String line) {
    return line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
  }

  private static String firstWord(String line) {
    String[] words = line.strip().split("[\\s:,./–—-]+", 2);
    return words.length == 0 ? "" : words[0];
  }
}
