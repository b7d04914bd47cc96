package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An event page that lists each debate's people under a label ("Deltagere", "Medvirkende",
 * "Paneldeltagere") below the debate's heading and description, as Folkemødet's programmes do:
 * the debate is a talk from its heading to the end of its list, and the list names its speakers.
 */
final class LabelledSpeakers {
  private static final Pattern LABEL = Pattern.compile(
      "(?iU)^(?:deltagere|medvirkende|talere|paneldeltagere|panelet|panel|oplægsholdere|debattører|i panelet|på scenen)\\s*:?$");
  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  LabelledSpeakers(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<TalkFinder.Talk> talks = new ArrayList<>();
    int previousEnd = -1;
    for (int label = 0; label < lines.size(); label++) {
      if (!isLabel(lines.get(label))
          || SpeakerRoster.isLabel(lines.get(label)) && !SpeakerRoster.hasHeadingAbove(lines, paragraphStart, label)) {
        continue; // a roster of the day's speakers, not one debate's people
      }
      // the list: the lines after the label up to a blank line or the next label
      int from = label + 1;
      while (from < lines.size() && lines.get(from).isBlank()) {
        from++;
      }
      int last = from;
      while (last + 1 < lines.size() && !lines.get(last + 1).isBlank() && !isLabel(lines.get(last + 1))
          && !headsTheNextList(lines, last + 1)) {
        last++;
      }
      if (from >= lines.size()) {
        break;
      }
      StringBuilder speakers = new StringBuilder();
      for (int i = from; i <= last; i++) {
        speakers.append(lines.get(i).strip()).append('\n');
      }
      if (!namesAPerson.test(speakers.toString())) {
        continue;
      }
      int heading = headingAbove(lines, paragraphStart, label, previousEnd);
      int first = heading >= 0 ? heading : label;
      String title = heading >= 0 ? lines.get(heading).strip() : lines.get(label).strip().replaceFirst(":$", "");
      title = TalkFinder.shortTitle(title);
      talks.add(new TalkFinder.Talk(first, last, title, speakers.toString().strip(), ""));
      previousEnd = last;
      label = last;
    }
    return talks;
  }

  static boolean isLabel(String line) {
    return LABEL.matcher(line.strip()).matches();
  }

  /** "Runde 2: Vækstlaget" over "På scenen:": the next debate's heading ends the list before it. */
  private boolean headsTheNextList(List<String> lines, int at) {
    return at + 1 < lines.size() && isLabel(lines.get(at + 1)) && PassageSplitter.isHeading(lines.get(at))
        && !namesAPerson.test(lines.get(at));
  }

  /**
   * The heading right above the label in its paragraph ("Runde 1: Bredden og eliten" over "På
   * scenen:"), or else the nearest paragraph above it, after the previous talk, that is a heading;
   * or -1.
   */
  private int headingAbove(List<String> lines, List<Boolean> paragraphStart, int label, int previousEnd) {
    if (label - 1 > previousEnd && !paragraphStart.get(label) && headsTheNextList(lines, label - 1)) {
      return label - 1;
    }
    for (int i = label - 1; i > previousEnd; i--) {
      boolean oneLineParagraph = paragraphStart.get(i) && (i + 1 >= lines.size() || paragraphStart.get(i + 1));
      String line = lines.get(i).strip();
      if (oneLineParagraph && !line.isEmpty() && line.length() <= TalkFinder.TITLE_MAX_CHARS
          && (PassageSplitter.isHeading(line) || line.endsWith("?"))) {
        return i;
      }
    }
    return -1;
  }
}
