package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A page's list of who gives its talks under a label of their own ("Oplægsholdere", "Talere"),
 * each person with a role, as a programme not yet written out lists them: each person is a talk
 * ("Oplæg") of the person's own, from the person's line to the end of the role. Unlike the people
 * of one debate ({@link LabelledSpeakers}: "Paneldeltagere", "Medvirkende"), the roster has no
 * debate's heading above it.
 */
final class SpeakerRoster {
  private static final Pattern LABEL = Pattern.compile("(?iU)^(?:oplægsholdere|talere|foredragsholdere|indlægsholdere)\\s*:?$");
  /** "Gæstetalere ved kongressen vil bl.a. være:", "Blandt oplægsholderne er:": a sentence that opens the roster. */
  private static final Pattern LABEL_SENTENCE = Pattern.compile(
      "(?iU)^.{0,80}\\b\\p{L}*(?:talere|talerne|oplægsholdere|oplægsholderne|foredragsholdere|foredragsholderne)\\b.{0,60}:$");
  /** Two to four capitalised words, a middle initial allowed: "Shadman Salih", "Lars L. Andersen". */
  private static final Pattern NAME_SHAPE = Pattern.compile("(?U)^\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}$");
  private static final int ENTRY_MAX_CHARS = 160;
  /** A name and a comma before the role: "Morten Engberg, Chef for …". */
  private static final Pattern NAME_AND_ROLE = Pattern.compile("(?U)^\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3},");
  private final Predicate<String> namesAPerson;

  SpeakerRoster(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  static boolean isLabel(String line) {
    return LABEL.matcher(line.strip()).matches();
  }

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int label = 0; label < lines.size(); label++) {
      if (!(isLabel(lines.get(label)) && !hasHeadingAbove(lines, paragraphStart, label)
          || LABEL_SENTENCE.matcher(lines.get(label).strip()).matches())) {
        continue;
      }
      int i = label + 1;
      while (i < lines.size()) {
        while (i < lines.size() && lines.get(i).isBlank()) {
          i++;
        }
        if (i >= lines.size() || !isEntry(lines.get(i))) {
          break;
        }
        // the person's line, and the role's line under it in the same paragraph
        int last = i;
        if (last + 1 < lines.size() && !paragraphStart.get(last + 1) && !lines.get(last + 1).isBlank()
            && !isEntry(lines.get(last + 1)) && !LabelledSpeakers.isLabel(lines.get(last + 1))) {
          last++;
        }
        talks.add(new TalkFinder.Talk(i, last, "Oplæg", lines.get(i).strip(), ""));
        i = last + 1;
      }
      label = i - 1;
    }
    return talks;
  }

  /** The person of a roster's talk: its line up to the role ("Heine Andersen" of "• Heine Andersen, Professor, …"). */
  static String person(TalkFinder.Talk entry) {
    return TalkFinder.BULLET.matcher(entry.speakerText()).replaceFirst("").split("[,(]", 2)[0].strip();
  }

  /**
   * "Lars Uggerhøj", "Lars L. Andersen, professor, NFA": a short line that opens with a person's
   * name, or with words shaped as one (the roster's label says they are people).
   */
  private boolean isEntry(String line) {
    String s = line.strip();
    // "- formand for FH Lizette Risgaard (tirsdag kl. ca. 13.00).": an item of the list that names its person
    String item = TalkFinder.BULLET.matcher(s).replaceFirst("");
    // "• Susanne Olsen, formand for …, Thorkild Olesen, formand for …": an item may list several
    boolean listsPeople = item.length() <= 3 * ENTRY_MAX_CHARS && NAME_AND_ROLE.matcher(item).lookingAt();
    if (item.length() < s.length() && (item.length() <= ENTRY_MAX_CHARS || listsPeople) && namesAPerson.test(item)) {
      return true;
    }
    if (s.isEmpty() || s.length() > ENTRY_MAX_CHARS || s.matches(".*[.!?]$") || isLabel(s) || LabelledSpeakers.isLabel(s)) {
      return false;
    }
    String head = s.split(",", 2)[0].strip();
    return head.split("\\s+").length <= 4 && (NAME_SHAPE.matcher(head).matches() || namesAPerson.test(head));
  }

  /** A debate's heading right above the label: its people, not a roster ({@link LabelledSpeakers}). */
  static boolean hasHeadingAbove(List<String> lines, List<Boolean> paragraphStart, int label) {
    int above = label - 1;
    while (above >= 0 && lines.get(above).isBlank()) {
      above--;
    }
    return above >= 0 && paragraphStart.get(above) && PassageSplitter.isHeading(lines.get(above)) && !isLabel(lines.get(above));
  }
}
