package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A programme without times that gives each talk as a paragraph of two lines, a title and a
 * line naming who gives it, in either order ("Klima og bæredygtighed" under "Anders Holst Bodin,
 * forfatter, leder Klimaakademiet"). One such paragraph is a title and a byline; two or more
 * make a programme.
 */
final class PairedTalks {
  private static final int LINE_MAX_CHARS = 200;
  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  PairedTalks(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      boolean twoLineParagraph = paragraphStart.get(i) && !paragraphStart.get(i + 1)
          && (i + 2 == lines.size() || paragraphStart.get(i + 2));
      String first = lines.get(i).strip();
      String second = lines.get(i + 1).strip();
      if (!twoLineParagraph || first.isEmpty() || second.isEmpty() || first.length() > LINE_MAX_CHARS
          || second.length() > LINE_MAX_CHARS * 2) {
        continue;
      }
      boolean firstNames = namesAPerson.test(first);
      boolean secondNames = namesAPerson.test(second);
      if (firstNames != secondNames) {
        String title = firstNames ? second : first;
        title = TalkFinder.shortTitle(title);
        talks.add(new TalkFinder.Talk(i, i + 1, title, firstNames ? first : second, ""));
        i++;
      }
    }
    return talks.size() >= 2 ? talks : List.of();
  }
}
