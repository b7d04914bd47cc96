package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that presents its speakers one by one ("Mød oplægsholderne"): a paragraph of one line
 * naming a person and a role ("Monica Kosinska, Regional Focal Point for …") over a paragraph that
 * tells what that person will speak on ("Monica Kosinska vil tage udgangspunkt i …"). Each is a
 * talk of that person, from the person's line to the end of what is told; one such pair is a
 * byline over an article, two or more make such a page.
 */
final class SpeakerProfiles {
  /** The person before the first comma: "Dr. Peter Goldblatt, University College London". */
  private static final Pattern PERSON_AND_ROLE = Pattern.compile("(?U)^(?<person>[^,]{5,60}),\\s*\\S");
  private static final int LINE_MAX_CHARS = 200;
  /** What is told of a talk is more than a line; a short paragraph under a name is a caption or a role. */
  private static final int ABOUT_MIN_CHARS = 160;
  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  SpeakerProfiles(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher who = PERSON_AND_ROLE.matcher(line);
      if (!paragraphStart.get(i) || !paragraphStart.get(i + 1) || line.length() > LINE_MAX_CHARS || !who.lookingAt()
          || !namesAPerson.test(line)) {
        continue;
      }
      int last = i + 1;
      while (last + 1 < lines.size() && !paragraphStart.get(last + 1)) {
        last++;
      }
      String about = String.join("\n", lines.subList(i + 1, last + 1));
      String[] names = who.group("person").strip().split("\\s+");
      if (about.length() >= ABOUT_MIN_CHARS && containsWord(about, names[names.length - 1])) {
        talks.add(new TalkFinder.Talk(i, last, "Oplæg", line, ""));
        i = last;
      }
    }
    return talks.size() >= 2 ? talks : List.of();
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?U)(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(text).find();
  }
}
