package dk.konferencebasen.passages;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A page that announces one event: its time alone on a line ("9. november | 16:00 - 16:45", "Kl.
 * 17.30-20.00" under "Tidspunkt") and the people who take part, named where the page says so
 * ("Arkitektforeningen København har inviteret … Otto Käszner og Jan Christiansen", "i en samtale
 * modereret af Simon Faber", the names under "Samtaledeltagere"). The event is the page's one talk,
 * from its time to the page's end, titled by the heading above the time.
 *
 * <p>Only where nothing else found a talk, and only with one time alone on the page: two make a
 * programme, which the other finders read.
 */
final class AnnouncedEvent {
  /** A sentence that says who takes part, speaks, debates or leads. */
  private static final Pattern TAKES_PART = Pattern.compile(
      "(?iU)\\b(?:inviteret|deltagelse|deltager|deltagere|\\p{L}+deltagere|medvirker|medvirkende|modereret|moderator|moderatorer"
          + "|ordstyrer|\\p{L}*oplæg\\p{L}*|foredrag\\p{L}*|\\p{L}*debat\\p{L}*|samtale\\p{L}*|diskuterer|fortæller|interview\\p{L}*)\\b");
  /**
   * "Samtaledeltagere", "Moderator/Facilitator", "Ordstyrer:": labels of who takes part or leads, besides
   * those of a debate's list ({@link LabelledSpeakers}).
   */
  private static final Pattern MORE_LABELS = Pattern.compile("(?iU)^(?:\\p{L}+deltagere|moderator(?:/\\p{L}+)?|ordstyrer)\\s*:?$");
  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  AnnouncedEvent(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  List<TalkFinder.Talk> find(List<String> lines) {
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isTimeAlone(lines.get(i))) {
        if (at >= 0) {
          return List.of();
        }
        at = i;
      }
    }
    if (at < 0) {
      return List.of();
    }
    String who = whoTakesPart(lines);
    if (!namesAPerson.test(who)) {
      return List.of();
    }
    return List.of(new TalkFinder.Talk(at, lines.size() - 1, TalkFinder.shortTitle(titleAbove(lines, at)), who,
        SlotTimes.slotTime(lines.get(at))));
  }

  /** "Kl. 17.30-20.00", "16:30 - 17:30", "9. november | 16:00 - 16:45": an hour, perhaps after its date, and nothing else. */
  private static boolean isTimeAlone(String line) {
    return SlotTimes.isBareTime(line)
        || SlotTimes.seriesDate(line).map(String::isEmpty).orElse(false) && !SlotTimes.slotTime(line).isEmpty();
  }

  /** The sentences and listed lines that say who takes part. */
  private static String whoTakesPart(List<String> lines) {
    StringBuilder who = new StringBuilder();
    boolean listed = false;
    for (String line : lines) {
      String bare = line.strip();
      if (isLabel(bare)) {
        listed = true;
        continue;
      }
      // under a label, its list: lines up to the next heading ("Arrangør"), a name with its role ("Simon
      // Faber, chefkonsulent") being listed whatever its length
      if (listed && !bare.isEmpty() && !PassageSplitter.isHeading(bare) || listed && bare.contains(",")) {
        who.append(bare).append('\n');
        continue;
      }
      listed = false;
      for (String sentence : ReportedTalks.sentences(bare)) {
        if (TAKES_PART.matcher(sentence).find() && !TalkFinder.CONTACT.matcher(sentence).find()) {
          who.append(sentence.strip()).append('\n');
        }
      }
    }
    return who.toString().strip();
  }

  /** "Samtaledeltagere", "Moderator/Facilitator", "Medvirkende:": a label over the list of who takes part. */
  private static boolean isLabel(String line) {
    return LabelledSpeakers.isLabel(line) || MORE_LABELS.matcher(line.strip()).matches();
  }

  /** The nearest heading above the time that is no field's label, date or time; else the page's first line. */
  private static String titleAbove(List<String> lines, int at) {
    for (int i = at - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (PassageSplitter.isHeading(line) && !ProgrammeVocabulary.isPracticalLabel(TalkFinder.firstWord(line))
          && SlotTimes.seriesDate(line).isEmpty() && !SlotTimes.isBareTime(line) && !isLabel(line)) {
        return line;
      }
    }
    return lines.get(0).strip();
  }
}
